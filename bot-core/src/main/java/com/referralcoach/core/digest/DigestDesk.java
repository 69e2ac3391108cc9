package com.referralcoach.core.digest;

import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
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
    /**
     * How long a claim on a week's digest holds: a process that stops between its claim and its post leaves the
     * digest to the next process whose minute's sync comes after this.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(15);
    private final TeamRoster teams;
    private final DigestLog digests;
    private final DigestBuilder builder;
    private final ChatPlatform platform;
    private final Clock clock;
    private final java.util.Set<String> toldAbout = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The team weeks this process found claimed, each said once in the log (the sync asks every minute). */
    private final java.util.Set<String> claimedBefore = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Wired with the ports posting a digest reads and writes. */
    public static DigestDesk over(CoachStore store, ChatPlatform platform, Clock clock) {
        return new DigestDesk(store.teams(), store.digests(), DigestBuilder.over(store), platform, clock);
    }

    public DigestDesk(TeamRoster teams, DigestLog digests, DigestBuilder builder, ChatPlatform platform, Clock clock) {
        this.teams = teams;
        this.digests = digests;
        this.builder = builder;
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
        Optional<DigestSchedule> schedule = digests.find(workspace, teamKey);
        Optional<Team> team = teams.find(workspace, teamKey);
        if (schedule.isEmpty() || team.isEmpty() || now.isBefore(dueThisWeek(schedule.get(), team.get(), now))) {
            return CompletableFuture.completedFuture(false);
        }
        LocalDate week = Period.mondayOf(now.atZone(team.get().zone()).toLocalDate());
        if (!digests.claim(workspace, teamKey, week, now, CLAIM_LEASE)) {
            if (claimedBefore.add(workspace.value() + "/" + teamKey + "/" + week)) {
                log.info("Team {}'s digest for the week of {} in workspace {} is claimed already: posted, or being"
                        + " posted, by this process or another on the store", teamKey, week, workspace);
            }
            return CompletableFuture.completedFuture(false);
        }
        return post(schedule.get(), team.get(), now).handle((done, failure) -> {
            if (failure != null) {
                log.warn("Could not post team {}'s digest in workspace {}; will try again", teamKey, workspace,
                        failure);
                digests.release(workspace, teamKey, week);
                tellManager(schedule.get(), team.get(), week, failure);
                return false;
            }
            log.info("Posted team {}'s weekly digest in workspace {}", teamKey, workspace);
            try {
                digests.posted(workspace, teamKey, week);
            } catch (RuntimeException e) {
                log.warn("Posted team {}'s digest in workspace {} but could not record it; another process may post"
                        + " it again once the claim's lease runs out", teamKey, workspace, e);
            }
            return true;
        });
    }

    /** Posts the team's digest now to its channel, outside the weekly schedule; false when it has no channel. */
    public CompletableFuture<Boolean> postNow(WorkspaceId workspace, String teamKey) {
        Optional<DigestSchedule> schedule = digests.find(workspace, teamKey);
        Optional<Team> team = teams.find(workspace, teamKey);
        if (schedule.isEmpty() || team.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        Instant now = clock.instant();
        return post(schedule.get(), team.get(), now).whenComplete((done, failure) -> {
            if (failure != null) {
                log.warn("Could not post team {}'s digest in workspace {} on demand", teamKey, workspace, failure);
                tellManager(schedule.get(), team.get(), null, failure);
            }
        }).thenApply(done -> true);
    }

    /**
     * A post the platform refused for good (the bot is not in the channel, the channel is gone) is told to the
     * team's manager in the chat, once per week for the weekly digest, so it is fixed before the next one.
     */
    private void tellManager(DigestSchedule schedule, Team team, LocalDate week, Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof DeliveryFailure refused) || !refused.isPermanent() || team.manager().isEmpty()
                || (week != null && !toldAbout.add(schedule.workspace().value() + "/" + team.key() + "/" + week))) {
            return;
        }
        String channel = "#" + schedule.channel().label();
        String fix = refused.isNotInChannel() ? "I'm not a member of " + channel + ". Invite @Referral Coach to "
                + channel + ", then say \"digest " + team.name() + " now\"."
                : "the channel refused it. Check that " + channel + " still exists and that I can post there, then"
                + " say \"digest " + team.name() + " now\".";
        platform.send(schedule.workspace(), team.manager().get(), Reply.of("I couldn't post team " + team.name()
                + "'s digest to " + channel + ": " + fix)).exceptionally(e -> {
                    log.warn("Could not tell team {}'s manager that the digest was refused", team.key(), e);
                    return null;
                });
    }

    private CompletableFuture<Void> post(DigestSchedule schedule, Team team, Instant now) {
        try {
            DigestReport report = builder.build(team, now);
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
