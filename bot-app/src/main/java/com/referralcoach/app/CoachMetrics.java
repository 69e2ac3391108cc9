package com.referralcoach.app;

import com.mongodb.event.CommandListener;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.engine.EngineObserver;
import com.referralcoach.core.reminders.DispatchObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What the bot counts, in Prometheus' format: messages handled and understood by family, reply latency, the store's
 * command latency (Micrometer's MongoDB command listener), and the JVM and process. Never a message's text or a
 * token: the only labels are command names.
 */
final class CoachMetrics implements EngineObserver, DispatchObserver, AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    CoachMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Times every command the MongoDB driver sends, by command name and collection. */
    CommandListener storeCommands() {
        return new MongoMetricsCommandListener(registry);
    }

    @Override
    public void handled(String family, boolean understood, Duration took) {
        Counter.builder("referral_coach_messages").description("Messages handled, by what they were read as")
                .tag("family", family).tag("understood", String.valueOf(understood)).register(registry).increment();
        Timer.builder("referral_coach_reply").description("Time from a message to its reply")
                .publishPercentiles(0.5, 0.99).register(registry).record(took);
    }

    @Override
    public void due(ReminderKind kind) {
        Counter.builder("referral_coach_reminders_due").description("Reminders claimed for delivery")
                .tag("kind", kind.name()).register(registry).increment();
    }

    @Override
    public void outcome(ReminderKind kind, Outcome outcome, Duration lag) {
        Counter.builder("referral_coach_reminders").description("What became of claimed reminders")
                .tag("kind", kind.name()).tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry).increment();
        if (outcome == Outcome.SENT) {
            Timer.builder("referral_coach_reminder_lag").description("From a reminder's due time to its delivery")
                    .publishPercentiles(0.5, 0.99).register(registry).record(lag);
        }
    }

    /** The current figures, as a Prometheus scrape. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
