package com.referralcoach.core.port;

import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's connected calendar feed and where its reading stands: the link (a password, which prints as its host
 * only), what the last read was told (ETag, Last-Modified), when it was read and is read next, how many customer
 * meetings it holds, the last problem and whether the rep was told of it, and the failures in a row for the backoff.
 */
public record CalendarFeed(WorkspaceId workspace, RepId rep, FeedLink link, Optional<String> etag,
                           Optional<String> lastModified, Optional<Instant> lastRead, Instant nextRead,
                           int meetingsFound, Optional<FeedProblem> problem, boolean problemTold, int failures,
                           Optional<String> owner) {
    public CalendarFeed {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(lastRead, "lastRead");
        Objects.requireNonNull(nextRead, "nextRead");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(owner, "owner");
        if (meetingsFound < 0 || failures < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** A feed just connected: never read, due at {@code now}. */
    public static CalendarFeed connected(WorkspaceId workspace, RepId rep, FeedLink link, Instant now) {
        return new CalendarFeed(workspace, rep, link, Optional.empty(), Optional.empty(), Optional.empty(), now, 0,
                Optional.empty(), false, 0, Optional.empty());
    }

    /** A successful read at {@code at}: the conditional headers to send next, no problem, no failures. */
    public CalendarFeed read(Optional<String> newEtag, Optional<String> newLastModified, Instant at, Instant next,
                             int meetings, Optional<String> feedOwner) {
        return new CalendarFeed(workspace, rep, link, newEtag, newLastModified, Optional.of(at), next, meetings,
                Optional.empty(), false, 0, feedOwner.or(() -> owner));
    }

    /** A failed read: one failure more, the problem kept, told again only when it is a new problem. */
    public CalendarFeed failed(FeedProblem newProblem, Instant next, boolean told) {
        return new CalendarFeed(workspace, rep, link, etag, lastModified, lastRead, next, meetingsFound,
                Optional.of(newProblem), told, failures + 1, owner);
    }
}
