package com.referralcoach.core.schedule.quartz;

import java.util.Properties;
import java.util.UUID;

/**
 * The one Quartz configuration both schedulers start from: in memory (the store keeps reminders and digest
 * schedules; Quartz only keeps time), two worker threads, no update check, and jobs left to finish at shutdown.
 */
final class QuartzSettings {
    private QuartzSettings() {
    }

    /** Settings for a scheduler named {@code name} plus a random suffix, so tests can run several at once. */
    static Properties named(String name) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name + "-" + UUID.randomUUID());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.scheduler.interruptJobsOnShutdown", "false");
        return p;
    }
}
