package com.referralcoach.slack;

import com.referralcoach.core.port.DeliveryFailure;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings reps' App Homes up to date in views.publish's pace. Slack allows about 100 publishes a minute in a workspace
 * (Tier 4), and a rep who chats changes their home with nearly every message: publishing after each one would be
 * refused (429) as soon as a dozen reps chat at once. So in each workspace the homes go out one at a time, at least
 * {@code spacing} apart; a rep's refreshes asked for while one is waiting are one; a rep who opens the Home tab goes
 * before reps who only chatted (they are looking at it). A home is built when its call goes out, so it is never stale.
 * A 429 holds only that workspace's homes for its Retry-After: chat answers go on. What is waiting at a stop is
 * dropped: a rep's home is built again when they next open it or chat.
 */
final class HomeRefreshes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HomeRefreshes.class);
    /** views.publish is Tier 4: 100 calls a minute per workspace. */
    static final Duration SLACK_SPACING = Duration.ofMillis(600);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            SlackThreads.named("slack-home-timer"));
    private final ExecutorService publishers;
    private final Map<String, Workspace> workspaces = new ConcurrentHashMap<>();
    private final long spacingNanos;
    private final BiConsumer<String, String> publish;

    /**
     * {@code publish} builds and publishes the home of a rep (team, user) and throws what the call failed with;
     * {@code threads} publish for all workspaces side by side (a slow call holds only its own thread).
     */
    HomeRefreshes(Duration spacing, int threads, BiConsumer<String, String> publish) {
        this.spacingNanos = spacing.toNanos();
        this.publish = publish;
        this.publishers = Executors.newFixedThreadPool(threads, SlackThreads.named("slack-home"));
    }

    /** The rep's home changed: it goes out in its turn. */
    void changed(String team, String user) {
        workspaces.computeIfAbsent(team, Workspace::new).add(user, false);
    }

    /** The rep opened the Home tab: theirs goes out before those of reps who only chatted. */
    void opened(String team, String user) {
        workspaces.computeIfAbsent(team, Workspace::new).add(user, true);
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        publishers.shutdown();
        if (!publishers.awaitTermination(5, TimeUnit.SECONDS)) {
            publishers.shutdownNow();
        }
    }

    private final class Workspace {
        private final String team;
        private final LinkedHashSet<String> opened = new LinkedHashSet<>();
        private final LinkedHashSet<String> changed = new LinkedHashSet<>();
        private boolean going;
        private long notBefore = System.nanoTime();

        Workspace(String team) {
            this.team = team;
        }

        synchronized void add(String user, boolean first) {
            if (first) {
                changed.remove(user);
                opened.add(user);
            } else if (!opened.contains(user)) {
                changed.add(user);
            }
            if (!going) {
                going = true;
                schedule();
            }
        }

        /** Called holding the lock, with a rep waiting. */
        private void schedule() {
            try {
                timer.schedule(() -> publishers.execute(this::publishNext),
                        Math.max(0, notBefore - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                going = false;
            }
        }

        private synchronized String next() {
            LinkedHashSet<String> from = opened.isEmpty() ? changed : opened;
            Iterator<String> first = from.iterator();
            String user = first.next();
            first.remove();
            return user;
        }

        private void publishNext() {
            String user = next();
            long wait = 0;
            try {
                publish.accept(team, user);
            } catch (DeliveryFailure failure) {
                if (failure.retryAfter().isPresent()) {
                    wait = failure.retryAfter().get().toNanos();
                    log.info("Slack asked to slow down App Home updates in workspace {}; waiting {} s", team,
                            failure.retryAfter().get().toSeconds());
                    synchronized (this) {
                        changed.remove(user);
                        opened.add(user);
                    }
                } else {
                    log.warn("Could not publish the home of {} in workspace {}: {}", user, team,
                            failure.getMessage());
                }
            } catch (RuntimeException e) {
                log.warn("Could not publish the home of {} in workspace {}", user, team, e);
            } catch (Error e) {
                // Kept here (a new pool thread would go on the same way): one home that cannot be built, however
                // badly, is no reason to stop the others or to surface in whatever else the process is doing.
                log.error("Building or publishing the home of {} in workspace {} failed", user, team, e);
            } finally {
                // Whatever the call threw, the workspace's next home is scheduled: none waits for a restart.
                synchronized (this) {
                    notBefore = System.nanoTime() + Math.max(spacingNanos, wait);
                    if (opened.isEmpty() && changed.isEmpty()) {
                        going = false;
                    } else {
                        schedule();
                    }
                }
            }
        }
    }
}
