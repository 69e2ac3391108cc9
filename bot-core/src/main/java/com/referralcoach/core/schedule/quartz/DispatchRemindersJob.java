package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.reminders.ReminderDispatcher;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every few seconds: deliver what is due. Runs never overlap; a failed run is logged and the next one tries again. */
@DisallowConcurrentExecution
final class DispatchRemindersJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(DispatchRemindersJob.class);

    private final ReminderDispatcher dispatcher;

    DispatchRemindersJob(ReminderDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            int sent = dispatcher.dispatchDue();
            if (sent > 0) {
                log.debug("Delivered {} reminder(s)", sent);
            }
        } catch (RuntimeException e) {
            log.error("Reminder dispatch failed; the next run tries again", e);
        }
    }
}
