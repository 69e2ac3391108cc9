package com.referralcoach.core.calendar.http;

import com.referralcoach.core.calendar.FeedProblem;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The addresses a feed link may not make the bot read: loopback, private ranges (10/8, 172.16/12, 192.168/16,
 * fc00::/7), link-local (169.254/16, fe80::/10, where cloud metadata lives), carrier-grade NAT (100.64/10),
 * "this network" (0/8), any-local and multicast.
 */
final class NetworkAddresses {
    private NetworkAddresses() {
    }

    /** Why a hop to this address is not made: not http(s), a refused address, or a host that doesn't resolve. */
    static Optional<FeedProblem> check(URI uri, boolean allowLocal) {
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of(FeedProblem.NOT_A_LINK);
        }
        if (allowLocal) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (NetworkAddresses.refused(address)) {
                    return Optional.of(FeedProblem.REFUSED_ADDRESS);
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(FeedProblem.UNREACHABLE);
        }
    }

    static boolean refused(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second <= 127;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return uniqueLocal || mappedV4(bytes);
        }
        return false;
    }

    /** ::ffff:a.b.c.d, judged by its IPv4 address. */
    private static boolean mappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return refused(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
