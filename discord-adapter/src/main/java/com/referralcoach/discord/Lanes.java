package com.referralcoach.discord;

import com.referralcoach.core.inbox.FirstResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where engine work runs, off JDA's event thread: one single-thread lane per hash of a key (the member), so one
 * member's messages are handled in the order they came while different members are served in parallel. Each lane
 * counts the work it holds, so an interaction can tell whether its answer has to wait behind other work, and each
 * piece of work waits before it starts while many first responses are on their way ({@link FirstResponses}).
 */
final class Lanes implements AutoCloseable {
    private record Lane(ExecutorService executor, AtomicInteger held) {
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final FirstResponses firstResponses;

    Lanes(int count, FirstResponses firstResponses) {
        this.firstResponses = firstResponses;
        for (int i = 0; i < count; i++) {
            int number = i;
            lanes.add(new Lane(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "discord-lane-" + number);
                thread.setDaemon(true);
                return thread;
            }), new AtomicInteger()));
        }
    }

    void run(String key, Runnable work) {
        Lane lane = lane(key);
        lane.held().incrementAndGet();
        try {
            lane.executor().execute(() -> {
                try {
                    firstResponses.awaitFew();
                    work.run();
                } finally {
                    lane.held().decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            lane.held().decrementAndGet();
            throw e;
        }
    }

    /** How many pieces of work the lane of {@code key} holds, the one running included: what new work waits for. */
    int held(String key) {
        return lane(key).held().get();
    }

    private Lane lane(String key) {
        return lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
    }

    @Override
    public void close() throws InterruptedException {
        lanes.forEach(lane -> lane.executor().shutdown());
        for (Lane lane : lanes) {
            lane.executor().awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
