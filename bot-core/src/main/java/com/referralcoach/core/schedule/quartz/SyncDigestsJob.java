package com.referralcoach.core.schedule.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every minute (and at startup): match the cron triggers to the stored schedules and post digests missed. */
@DisallowConcurrentExecution
final class SyncDigestsJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(SyncDigestsJob.class);
    private final DigestScheduler scheduler;

    SyncDigestsJob(DigestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            scheduler.sync();
        } catch (RuntimeException e) {
            log.error("Could not sync the digest schedules; the next run tries again", e);
        }
    }
}
