package com.referralcoach.core.schedule.quartz;

import java.util.Map;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Hands Quartz our jobs with their collaborators already in place (constructor injection, no statics). */
final class CoachJobFactory implements JobFactory {
    private final Map<Class<? extends Job>, Supplier<? extends Job>> jobs;

    CoachJobFactory(Map<Class<? extends Job>, Supplier<? extends Job>> jobs) {
        this.jobs = Map.copyOf(jobs);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Supplier<? extends Job> job = jobs.get(bundle.getJobDetail().getJobClass());
        if (job == null) {
            throw new SchedulerException("no job known for " + bundle.getJobDetail().getJobClass().getName());
        }
        return job.get();
    }
}
