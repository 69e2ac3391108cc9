package com.referralcoach.core.calendar;

import java.util.Objects;
import java.util.Optional;

/** A read of a feed, conditional on what the last read was told (ETag, Last-Modified) when there was one. */
public record FeedRequest(FeedLink link, Optional<String> etag, Optional<String> lastModified) {
    public FeedRequest {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** A first read: nothing to compare with. */
    public static FeedRequest first(FeedLink link) {
        return new FeedRequest(link, Optional.empty(), Optional.empty());
    }
}
