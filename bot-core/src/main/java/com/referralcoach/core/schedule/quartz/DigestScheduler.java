package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.digest.DigestChart;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.port.DigestRequests;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Weekly team digests on Quartz: one cron trigger per team, in the team's zone, kept in step with the stored
 * schedules by a sync job that also posts, once, a digest missed while the bot was down (same week).
 */
public final class DigestScheduler implements DigestRequests, AutoCloseable {
    static final String GROUP = "digests";
    private final Scheduler scheduler;
    private final TeamRoster teams;
    private final DigestLog digests;
    private final DigestDesk desk;
    private final java.util.concurrent.atomic.AtomicLong syncs = new java.util.concurrent.atomic.AtomicLong();

    private DigestScheduler(Scheduler scheduler, TeamRoster teams, DigestLog digests, DigestDesk desk) {
        this.scheduler = scheduler;
        this.teams = teams;
        this.digests = digests;
        this.desk = desk;
    }

    /** Starts Quartz; the sync runs at once, then every {@code syncEvery}. */
    public static DigestScheduler start(TeamRoster teams, DigestLog digests, DigestDesk desk, Duration syncEvery) {
        try {
            Scheduler quartz = new StdSchedulerFactory(QuartzSettings.named("referral-coach-digests")).getScheduler();
            DigestScheduler started = new DigestScheduler(quartz, teams, digests, desk);
            quartz.setJobFactory(new CoachJobFactory(Map.of(
                    PostDigestJob.class, () -> new PostDigestJob(desk),
                    SyncDigestsJob.class, () -> new SyncDigestsJob(started))));
            quartz.scheduleJob(JobBuilder.newJob(SyncDigestsJob.class).withIdentity("sync-digests").build(),
                    TriggerBuilder.newTrigger().withIdentity("sync-digests-every").startNow()
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                    .withIntervalInMilliseconds(syncEvery.toMillis()).repeatForever()
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build());
            quartz.start();
            Thread warmUp = new Thread(DigestScheduler::warmUpChart, "digest-chart-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            return started;
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not start the digest scheduler", e);
        }
    }

    /**
     * Draws one chart so the first digest need not load the fonts. Best effort: a process stopped meanwhile
     * refuses the shutdown hook the font system registers, and the first digest then draws it instead.
     */
    private static void warmUpChart() {
        try {
            DigestChart.warmUp();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DigestScheduler.class).debug("The digest chart was not warmed up", e);
        }
    }

    /** The team's weekly cron expression: seconds, minutes, hours, any day of month, any month, the weekday. */
    static String cronOf(DigestSchedule schedule) {
        return "0 " + schedule.time().getMinute() + " " + schedule.time().getHour() + " ? * "
                + schedule.day().name().substring(0, 3).toUpperCase(Locale.ROOT);
    }

    /** The cron trigger of a team, if one is scheduled. */
    public Optional<CronTrigger> triggerOf(WorkspaceId workspace, String teamKey) {
        try {
            return Optional.ofNullable((CronTrigger) scheduler.getTrigger(triggerKey(workspace, teamKey)));
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not read a digest trigger", e);
        }
    }

    @Override
    public boolean postNow(WorkspaceId workspace, String teamKey) {
        try {
            JobDetail job = JobBuilder.newJob(PostDigestJob.class).withIdentity("now-" + UUID.randomUUID(), "now")
                    .usingJobData(PostDigestJob.WORKSPACE, workspace.value()).usingJobData(PostDigestJob.TEAM, teamKey)
                    .usingJobData(PostDigestJob.ON_DEMAND, true).build();
            scheduler.scheduleJob(job, TriggerBuilder.newTrigger().startNow().build());
            return true;
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Brings the cron triggers in line with the stored schedules and posts any digest due and not yet posted. */
    void sync() {
        Set<TriggerKey> wanted = new HashSet<>();
        for (DigestSchedule schedule : digests.all()) {
            Optional<Team> team = teams.find(schedule.workspace(), schedule.teamKey());
            if (team.isEmpty()) {
                continue;
            }
            TriggerKey key = triggerKey(schedule.workspace(), schedule.teamKey());
            wanted.add(key);
            keep(key, schedule, team.get());
            desk.postIfDue(schedule.workspace(), schedule.teamKey());
        }
        try {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
                if (!wanted.contains(key)) {
                    scheduler.unscheduleJob(key);
                }
            }
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not remove a stopped digest", e);
        }
        syncs.incrementAndGet();
    }

    /** How many syncs have finished since start (each one has decided, for every team, whether to post). */
    public long completedSyncs() {
        return syncs.get();
    }

    private void keep(TriggerKey key, DigestSchedule schedule, Team team) {
        try {
            String cron = cronOf(schedule);
            TimeZone zone = TimeZone.getTimeZone(team.zone());
            Trigger existing = scheduler.getTrigger(key);
            if (existing instanceof CronTrigger c && c.getCronExpression().equals(cron)
                    && c.getTimeZone().getID().equals(zone.getID())) {
                return;
            }
            JobDetail job = JobBuilder.newJob(PostDigestJob.class).withIdentity(key.getName(), GROUP)
                    .usingJobData(PostDigestJob.WORKSPACE, schedule.workspace().value())
                    .usingJobData(PostDigestJob.TEAM, schedule.teamKey()).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            scheduler.addJob(job, true);
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(key, trigger);
            }
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not schedule team " + schedule.teamKey() + "'s digest", e);
        }
    }

    private static TriggerKey triggerKey(WorkspaceId workspace, String teamKey) {
        return new TriggerKey(workspace.value() + "|" + teamKey, GROUP);
    }

    @Override
    public void close() {
        QuartzStop.stop(scheduler, "digest scheduler");
    }
}
