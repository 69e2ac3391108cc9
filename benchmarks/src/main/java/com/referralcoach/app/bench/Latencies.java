package com.referralcoach.app.bench;

import java.util.Arrays;

/** Nanosecond samples from many threads, for percentiles at the end. */
final class Latencies {
    private long[] samples = new long[1 << 16];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int count;
        synchronized (other) {
            theirs = other.samples;
            count = other.size;
        }
        for (int i = 0; i < count; i++) {
            add(theirs[i]);
        }
    }

    synchronized int size() {
        return size;
    }

    /** The p-th percentile (0-100) in milliseconds; 0 when empty. */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1_000_000.0;
    }
}
