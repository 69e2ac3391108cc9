package com.referralcoach.core.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar feed's address. It is a password (whoever has it reads the calendar), so it never prints itself: its
 * {@code toString} and {@link #redacted()} give the host only. webcal:// and webcals:// are read as https://.
 */
public final class FeedLink {
    private final URI uri;

    private FeedLink(URI uri) {
        this.uri = uri;
    }

    /** The link in what a rep typed, or empty when it isn't an http(s) or webcal link with a host. */
    public static Optional<FeedLink> parse(String text) {
        String link = Objects.requireNonNull(text, "text").strip();
        int colon = link.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String scheme = link.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = link.substring(colon);
        String readAs = switch (scheme) {
            case "webcal", "webcals", "https" -> "https";
            case "http" -> "http";
            default -> "";
        };
        if (readAs.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(readAs + rest);
            return uri.getHost() == null || uri.getHost().isBlank() ? Optional.empty() : Optional.of(new FeedLink(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Where the feed is read from, for the fetcher only: never log or show it. */
    public URI uri() {
        return uri;
    }

    /** The host alone, safe to log and show. */
    public String redacted() {
        return uri.getHost();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedLink link && link.uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return "FeedLink[" + redacted() + "]";
    }
}
