package com.referralcoach.core.calendar.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only: nothing here asks DNS or sends a packet. */
class CalendarNetworkAddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.251", "::1", "::", "fe80::1", "fd12:3456::1",
        "::ffff:192.168.1.1", "::ffff:127.0.0.1", "ff02::1"})
    void privateLoopbackLinkLocalAndMulticastAddressesAreRefused(String literal) throws UnknownHostException {
        assertThat(NetworkAddresses.refused(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"142.250.74.110", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2a00:1450:4001:82b::200e",
        "::ffff:142.250.74.110"})
    void publicAddressesAreRead(String literal) throws UnknownHostException {
        assertThat(NetworkAddresses.refused(InetAddress.getByName(literal))).isFalse();
    }
}
