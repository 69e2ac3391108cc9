package com.referralcoach.core.reminders;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How the dispatcher works: who it is (its lease owner name, unique per process), how many reminders it
 * claims at once, how long a claim lasts, how long it waits for the platform, and how it retries.
 */
public record DispatchSettings(String owner, int batchSize, Duration lease, Duration sendTimeout,
                               RetryPolicy retries) {
    public DispatchSettings {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        Objects.requireNonNull(retries, "retries");
        if (batchSize < 1 || lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("a batch needs a size, and a lease must outlast two send timeouts");
        }
    }

    /** Batches of 100, a two-minute lease, 30 s for the platform, the default retries; a fresh owner name. */
    public static DispatchSettings defaults() {
        return new DispatchSettings(processOwner(), 100, Duration.ofMinutes(2), Duration.ofSeconds(30),
                RetryPolicy.DEFAULT);
    }

    public DispatchSettings withRetries(RetryPolicy policy) {
        return new DispatchSettings(owner, batchSize, lease, sendTimeout, policy);
    }

    /** A claim lasting {@code newLease}; the platform gets a quarter of it to answer. */
    public DispatchSettings withLease(Duration newLease) {
        return new DispatchSettings(owner, batchSize, newLease, newLease.dividedBy(4), retries);
    }

    public DispatchSettings withBatchSize(int size) {
        return new DispatchSettings(owner, size, lease, sendTimeout, retries);
    }

    /** "pid@host#random": unique per process, readable in the store when investigating a claim. */
    public static String processOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
    }
}
