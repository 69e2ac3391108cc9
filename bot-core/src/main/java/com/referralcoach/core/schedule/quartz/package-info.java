/** Quartz jobs that run the reminder dispatcher; MongoDB stays the source of truth, Quartz only keeps time. */
package com.referralcoach.core.schedule.quartz;
