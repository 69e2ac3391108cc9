package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's port over a real embedded store: liveness, readiness, and the metrics a scrape finds. */
class AdminServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    private static HttpResponse<String> get(AdminServer admin, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveAtOnceReadyWithTheStoreAndMetricsCountMessagesByFamilyAndStoreCommands() throws Exception {
        Settings settings = Settings.load(Map.of("REFERRAL_COACH_DATA", data.toString()));
        AtomicReference<com.mongodb.client.MongoDatabase> store = new AtomicReference<>();
        try (CoachMetrics metrics = new CoachMetrics();
             AdminServer admin = AdminServer.start(0, () -> Optional.ofNullable(store.get()), metrics)) {
            assertThat(get(admin, "/livez").statusCode()).isEqualTo(200);
            assertThat(get(admin, "/healthz").statusCode()).isEqualTo(200);
            HttpResponse<String> starting = get(admin, "/readyz");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).isEqualTo("starting\n");

            StoreConnection connection = StoreConnection.open(settings, List.of(metrics.storeCommands()));
            store.set(connection.database());
            Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
            BotEngine engine = new BotEngine(MongoCoachStore.open(connection.database(), clock), new ChatParser(),
                    clock, ZoneOffset.UTC);
            engine.observe(metrics);
            engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId("U1"), "Rita", "met Jane Doe at Acme"));
            engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId("U1"), "Rita", "zxq vbnm qwrt"));
            assertThat(get(admin, "/readyz").statusCode()).isEqualTo(200);

            HttpResponse<String> scrape = get(admin, "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain; version=0.0.4"));
            assertThat(scrape.body())
                    .contains("referral_coach_messages_total{family=\"LogMeeting\",understood=\"true\"} 1.0")
                    .contains("referral_coach_messages_total{family=\"Unknown\",understood=\"false\"} 1.0")
                    .contains("referral_coach_reply_seconds_count 2")
                    .contains("mongodb_driver_commands_seconds_count{")
                    .contains("jvm_memory_used_bytes").contains("process_uptime_seconds")
                    .doesNotContain("Jane Doe").doesNotContain("Acme");

            connection.close();
            HttpResponse<String> gone = get(admin, "/readyz");
            assertThat(gone.statusCode()).isEqualTo(503);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + "/metrics"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(405);
        }
    }

    @Test
    void readyOnlyWhileEveryPlatformStartedIsConnected() throws Exception {
        Settings settings = Settings.load(Map.of("REFERRAL_COACH_DATA", data.toString()));
        java.util.concurrent.atomic.AtomicBoolean shardsConnected = new java.util.concurrent.atomic.AtomicBoolean();
        PlatformChecks platforms = new PlatformChecks();
        platforms.add("discord", shardsConnected::get);
        try (CoachMetrics metrics = new CoachMetrics();
             StoreConnection connection = StoreConnection.open(settings, List.of(metrics.storeCommands()));
             AdminServer admin = AdminServer.start(0, () -> Optional.of(connection.database()), platforms, metrics)) {
            HttpResponse<String> connecting = get(admin, "/readyz");
            assertThat(connecting.statusCode()).isEqualTo(503);
            assertThat(connecting.body()).isEqualTo("discord not connected\n");
            assertThat(get(admin, "/livez").statusCode()).isEqualTo(200);

            shardsConnected.set(true);
            assertThat(get(admin, "/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPortInUseOrNotANumberStopsTheStartWithOneClearLine() throws Exception {
        try (CoachMetrics metrics = new CoachMetrics();
             AdminServer first = AdminServer.start(0, Optional::empty, metrics)) {
            assertThatThrownBy(() -> AdminServer.start(first.port(), Optional::empty, metrics))
                    .isInstanceOf(ReferralCoachException.class)
                    .hasMessage("REFERRAL_COACH_ADMIN_PORT=" + first.port() + " is in use by another process");
        }
        assertThatThrownBy(() -> Settings.load(Map.of("REFERRAL_COACH_ADMIN_PORT", "90000")).adminPort())
                .hasMessage("REFERRAL_COACH_ADMIN_PORT=90000 must be a port number, 0 to 65535");
    }
}
