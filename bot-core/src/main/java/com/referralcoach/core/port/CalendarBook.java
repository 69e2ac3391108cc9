package com.referralcoach.core.port;

import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reps' calendar feeds and the occurrences read from them, each scoped to one workspace: one feed per rep (its link
 * is never shown back), occurrences keyed by rep, UID and recurrence id, the rep's answers per UID, the team's own
 * mail domains and whether a rep wants prep notes. Feeds are read under a lease, so several processes read each once.
 */
public interface CalendarBook {
    /** Connects {@code link} for the rep, replacing any feed they had (its state starts over), due at {@code now}. */
    CalendarFeed connect(WorkspaceId workspace, RepId rep, FeedLink link, Instant now);

    Optional<CalendarFeed> feed(WorkspaceId workspace, RepId rep);

    /**
     * Stores where the feed's reading stands (never its link, which only {@link #connect} sets) and lets go of its
     * lease; a feed disconnected meanwhile stays disconnected.
     */
    void saveFeed(CalendarFeed feed);

    /**
     * Disconnects the rep's feed: forgets the link and the occurrences that logged nothing; the rest stay so no
     * meeting is logged twice after a reconnect. True when there was a feed.
     */
    boolean disconnect(WorkspaceId workspace, RepId rep);

    /**
     * Claims one feed of any workspace due at {@code now} (next read reached, lease absent or expired) for
     * {@code owner} until {@code now + lease}; each claim goes to one owner only.
     */
    Optional<CalendarFeed> claimDue(Instant now, String owner, Duration lease);

    Optional<CalendarEvent> event(WorkspaceId workspace, RepId rep, String uid, Optional<Instant> recurrenceId);

    /** The rep's stored occurrences, soonest start first. */
    List<CalendarEvent> events(WorkspaceId workspace, RepId rep);

    /** Inserts or replaces the occurrence of its key. */
    void saveEvent(CalendarEvent event);

    /** The rep's answer for the event {@code uid} (all its occurrences). */
    Optional<CalendarAnswer> answer(WorkspaceId workspace, RepId rep, String uid);

    void saveAnswer(WorkspaceId workspace, RepId rep, String uid, CalendarAnswer answer);

    /** The team's own mail domains, lower case; empty when none were set. */
    Set<String> teamDomains(WorkspaceId workspace);

    void setTeamDomains(WorkspaceId workspace, Set<String> domains);

    /** Whether the rep wants a prep note before each customer meeting. */
    boolean prepNotes(WorkspaceId workspace, RepId rep);

    void setPrepNotes(WorkspaceId workspace, RepId rep, boolean on);

    /**
     * Erases the occurrences of the workspace that have {@code email} among their customers or logged one of
     * {@code meetings} (a person being forgotten); how many went.
     */
    int forgetPerson(WorkspaceId workspace, Optional<String> email, Set<MeetingId> meetings);
}
