package com.referralcoach.app.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The highest heap use, sampled at a steady interval while a benchmark runs. */
public final class HeapPeak {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-peak");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peak = new AtomicLong();

    /** Sampled twice a second: enough for a run of minutes. */
    static HeapPeak start() {
        return every(Duration.ofMillis(500));
    }

    /** Sampled every {@code interval}. */
    public static HeapPeak every(Duration interval) {
        HeapPeak heap = new HeapPeak();
        heap.sampler.scheduleAtFixedRate(() -> heap.peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return heap;
    }

    long peakMb() {
        return peak.get() >> 20;
    }

    /** Stops sampling; returns the highest use seen, in bytes. */
    public long stop() {
        sampler.shutdownNow();
        return peak.get();
    }
}
