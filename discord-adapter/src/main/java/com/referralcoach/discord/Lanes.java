package com.referralcoach.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Where engine work runs, off JDA's event thread: one single-thread lane per hash of a key (the member), so one
 * member's messages are handled in the order they came while different members are served in parallel.
 */
final class Lanes implements AutoCloseable {
    private final List<ExecutorService> lanes = new ArrayList<>();

    Lanes(int count) {
        for (int i = 0; i < count; i++) {
            int number = i;
            lanes.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "discord-lane-" + number);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    void run(String key, Runnable work) {
        lanes.get(Math.floorMod(key.hashCode(), lanes.size())).execute(work);
    }

    @Override
    public void close() throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
