package com.referralcoach.app.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The highest heap use sampled twice a second while a benchmark runs. */
final class HeapPeak {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-peak");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peak = new AtomicLong();

    static HeapPeak start() {
        HeapPeak heap = new HeapPeak();
        heap.sampler.scheduleAtFixedRate(() -> heap.peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0, 500, TimeUnit.MILLISECONDS);
        return heap;
    }

    long peakMb() {
        return peak.get() >> 20;
    }

    void stop() {
        sampler.shutdownNow();
    }
}
