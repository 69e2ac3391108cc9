package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.reminders.ReminderDispatcher;
import java.time.Duration;
import java.util.Map;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz with its in-memory job store, running the reminder dispatcher every few seconds. Pending reminders
 * live in MongoDB only, so Quartz's memory does not grow with them. Closing waits for sends in flight.
 */
public final class ReminderScheduler implements AutoCloseable {
    /** The dispatcher runs at least this often. */
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(10);

    private final Scheduler scheduler;

    private ReminderScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts Quartz and the dispatcher job, first run at once, then every {@code interval} (at most 10 s). */
    public static ReminderScheduler start(ReminderDispatcher dispatcher, Duration interval) {
        if (interval.isZero() || interval.isNegative() || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new ReferralCoachException("the dispatch interval must be between 1 ms and 10 s, not " + interval);
        }
        try {
            Scheduler scheduler = new StdSchedulerFactory(QuartzSettings.named("referral-coach")).getScheduler();
            scheduler.setJobFactory(new CoachJobFactory(Map.of(
                    DispatchRemindersJob.class, () -> new DispatchRemindersJob(dispatcher))));
            JobDetail job = JobBuilder.newJob(DispatchRemindersJob.class).withIdentity("dispatch-reminders").build();
            Trigger every = TriggerBuilder.newTrigger().withIdentity("dispatch-reminders-every").startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, every);
            scheduler.start();
            return new ReminderScheduler(scheduler);
        } catch (SchedulerException e) {
            throw new ReferralCoachException("could not start the reminder scheduler", e);
        }
    }

    /** Stops firing and waits for a dispatch under way, with its sends, to finish. */
    @Override
    public void close() {
        QuartzStop.stop(scheduler, "reminder scheduler");
    }
}
