package com.referralcoach.core.digest;

import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Posts team digests with their chart to the team's channel: the weekly one at most once per team and week
 * (claimed in the store first, released if the post fails), and on demand.
 */
public final class DigestDesk {
    private static final Logger log = LoggerFactory.getLogger(DigestDesk.class);
    private final CoachStore store;
    private final ChatPlatform platform;
    private final Clock clock;

    public DigestDesk(CoachStore store, ChatPlatform platform, Clock clock) {
        this.store = store;
        this.platform = platform;
        this.clock = clock;
    }

    /** When this week's digest of the schedule is due, in the team's zone (this week = the one holding now). */
    public static Instant dueThisWeek(DigestSchedule schedule, Team team, Instant now) {
        LocalDate monday = Period.mondayOf(now.atZone(team.zone()).toLocalDate());
        LocalDate day = monday.plusDays(schedule.day().getValue() - 1L);
        return ZonedDateTime.of(day, schedule.time(), team.zone()).toInstant();
    }

    /**
     * Posts the team's weekly digest if this week's is due and not posted yet (also after a restart that missed
     * it); completes with true when this call posted it.
     */
    public CompletableFuture<Boolean> postIfDue(WorkspaceId workspace, String teamKey) {
        Instant now = clock.instant();
        Optional<DigestSchedule> schedule = store.digests().find(workspace, teamKey);
        Optional<Team> team = store.teams().find(workspace, teamKey);
        if (schedule.isEmpty() || team.isEmpty() || now.isBefore(dueThisWeek(schedule.get(), team.get(), now))) {
            return CompletableFuture.completedFuture(false);
        }
        LocalDate week = Period.mondayOf(now.atZone(team.get().zone()).toLocalDate());
        if (!store.digests().claim(workspace, teamKey, week)) {
            return CompletableFuture.completedFuture(false);
        }
        return post(schedule.get(), team.get(), now).handle((done, failure) -> {
            if (failure != null) {
                log.warn("Could not post team {}'s digest in workspace {}; will try again", teamKey, workspace,
                        failure);
                store.digests().release(workspace, teamKey, week);
                return false;
            }
            log.info("Posted team {}'s weekly digest in workspace {}", teamKey, workspace);
            return true;
        });
    }

    /** Posts the team's digest now to its channel, outside the weekly schedule; false when it has no channel. */
    public CompletableFuture<Boolean> postNow(WorkspaceId workspace, String teamKey) {
        Optional<DigestSchedule> schedule = store.digests().find(workspace, teamKey);
        Optional<Team> team = store.teams().find(workspace, teamKey);
        if (schedule.isEmpty() || team.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return post(schedule.get(), team.get(), clock.instant()).thenApply(done -> true);
    }

    private CompletableFuture<Void> post(DigestSchedule schedule, Team team, Instant now) {
        try {
            DigestReport report = new DigestBuilder(store).build(team, now);
            Attachment chart = Attachment.png("digest-" + safe(team.key()) + "-" + report.week().first() + ".png",
                    report.chart(), "Goal progress per rep and the team's weekly trend");
            return platform.publish(schedule.workspace(), schedule.channel(), report.message(), List.of(chart));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String safe(String key) {
        String cleaned = key.replaceAll("[^A-Za-z0-9_-]", "-");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }
}
