package com.referralcoach.core.calendar;

import java.util.Objects;
import java.util.Optional;

/** What fetching a feed gave: its bytes (decoded from gzip), "unchanged since the last read", or why not. */
public sealed interface FeedFetch {
    /** The feed's bytes, and what to send with the next read to learn whether it changed. */
    record Fetched(byte[] body, Optional<String> etag, Optional<String> lastModified) implements FeedFetch {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /** The server said 304: the feed is as it was at the last read. */
    record Unchanged() implements FeedFetch {
    }

    /** The feed could not be read. */
    record Failed(FeedProblem problem) implements FeedFetch {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
