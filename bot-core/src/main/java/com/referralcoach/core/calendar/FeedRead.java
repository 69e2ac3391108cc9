package com.referralcoach.core.calendar;

import java.util.Objects;
import java.util.Optional;

/** A feed fetched and read: its occurrences, unchanged since the last read, or the reason the rep is told. */
public sealed interface FeedRead {
    /** The feed as it is now, and what to send with the next read. */
    record Read(IcsFeed feed, Optional<String> etag, Optional<String> lastModified) implements FeedRead {
        public Read {
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /** Nothing changed since the last read: keep what was read then. */
    record Unchanged() implements FeedRead {
    }

    /** The link can't be used now; {@code reason} is what the rep reads. */
    record Failed(FeedProblem problem, String reason) implements FeedRead {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
