package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.engine.CalendarReads;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz reading the calendar feeds: a feed is read {@code every} (10 minutes by default) after its last read; the
 * job looks for due feeds every minute (or every {@code every}, when shorter) and claims each under a lease in
 * MongoDB, so several processes read each feed once. The feeds live in MongoDB only; the job data holds nothing.
 */
public final class CalendarScheduler implements AutoCloseable {
    /** How long a claim on a feed lasts: longer than a read (10 s) and the work after it. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MOST_POLL = Duration.ofMinutes(1);

    private final Scheduler scheduler;
    private final AtomicLong runs;

    private CalendarScheduler(Scheduler scheduler, AtomicLong runs) {
        this.scheduler = scheduler;
        this.runs = runs;
    }

    /** Starts Quartz and the read job, first run at once. */
    public static CalendarScheduler start(CalendarReads reads, Duration every) {
        return start(reads, every, every.compareTo(MOST_POLL) < 0 ? every : MOST_POLL);
    }

    /** Starts Quartz and the read job, which looks for due feeds every {@code poll}, first at once. */
    public static CalendarScheduler start(CalendarReads reads, Duration every, Duration poll) {
        if (every.isZero() || every.isNegative() || poll.isZero() || poll.isNegative()) {
            throw new ReferralCoachException("calendars are read every positive duration, not " + every);
        }
        String owner = "calendar-" + UUID.randomUUID();
        AtomicLong runs = new AtomicLong();
        try {
            Scheduler quartz = new StdSchedulerFactory(QuartzSettings.named("referral-coach-calendars"))
                    .getScheduler();
            quartz.setJobFactory(new CoachJobFactory(Map.of(ReadCalendarsJob.class,
                    () -> new ReadCalendarsJob(reads, owner, LEASE, every, runs::incrementAndGet))));
            quartz.scheduleJob(JobBuilder.newJob(ReadCalendarsJob.class).withIdentity("read-calendars").build(),
                    TriggerBuilder.newTrigger().withIdentity("read-calendars-every").startNow()
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                    .withIntervalInMilliseconds(poll.toMillis()).repeatForever()
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build());
            quartz.start();
            return new CalendarScheduler(quartz, runs);
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not start the calendar scheduler", e);
        }
    }

    /** How many runs of the job have finished, for health checks and tests that wait for one. */
    public long completedRuns() {
        return runs.get();
    }

    @Override
    public void close() {
        QuartzStop.stop(scheduler, "calendar scheduler");
    }
}
