package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.engine.CalendarReads;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the calendar feeds that are due, each under a lease; runs never overlap, a failed run is logged. */
@DisallowConcurrentExecution
final class ReadCalendarsJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(ReadCalendarsJob.class);

    private final CalendarReads reads;
    private final String owner;
    private final Duration lease;
    private final Duration every;
    private final Runnable done;

    ReadCalendarsJob(CalendarReads reads, String owner, Duration lease, Duration every, Runnable done) {
        this.reads = reads;
        this.owner = owner;
        this.lease = lease;
        this.every = every;
        this.done = done;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            int read = reads.readDue(owner, lease, every);
            if (read > 0) {
                log.debug("Read {} calendar feed(s)", read);
            }
        } catch (RuntimeException e) {
            log.error("Reading calendar feeds failed; the next run tries again", e);
        } finally {
            done.run();
        }
    }
}
