package com.referralcoach.app;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.ReferralCoachException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's port (REFERRAL_COACH_ADMIN_PORT), in every mode: {@code /livez} (the process answers),
 * {@code /readyz} (the store answers a ping and every chat platform started is connected: on Discord, each gateway
 * shard of this process), {@code /healthz} (an alias of {@code /livez}) and {@code /metrics} (Prometheus). It answers
 * GET only and shows no data of any rep.
 */
final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
    static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;

    private AdminServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} (0: any free one); a port in use stops the start with one clear line. */
    static AdminServer start(int port, Supplier<Optional<MongoDatabase>> store, CoachMetrics metrics) {
        return start(port, store, new PlatformChecks(), metrics);
    }

    /** As above, {@code /readyz} also asking {@code platforms} whether each is connected. */
    static AdminServer start(int port, Supplier<Optional<MongoDatabase>> store, PlatformChecks platforms,
                             CoachMetrics metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (BindException e) {
            throw new ReferralCoachException("REFERRAL_COACH_ADMIN_PORT=" + port + " is in use by another process");
        } catch (IOException e) {
            throw new ReferralCoachException("REFERRAL_COACH_ADMIN_PORT=" + port + " could not be opened: "
                    + e.getMessage());
        }
        server.createContext("/livez", exchange -> answer(exchange, 200, "text/plain", "ok\n"));
        server.createContext("/healthz", exchange -> answer(exchange, 200, "text/plain", "ok\n"));
        server.createContext("/readyz", exchange -> {
            Optional<MongoDatabase> database = store.get();
            boolean storeReady = database.isPresent() && pings(database.get());
            java.util.List<String> down = storeReady ? platforms.notConnected() : java.util.List.of();
            boolean ready = storeReady && down.isEmpty();
            answer(exchange, ready ? 200 : 503, "text/plain", ready ? "ok\n" : database.isEmpty() ? "starting\n"
                    : !storeReady ? "store unreachable\n" : String.join(", ", down) + " not connected\n");
        });
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TYPE, metrics.scrape()));
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "referral-coach-admin");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        log.info("Admin port: {} (/livez, /readyz, /metrics)", server.getAddress().getPort());
        return new AdminServer(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static boolean pings(MongoDatabase database) {
        try {
            return database.withTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                    .runCommand(new Document("ping", 1)).get("ok") != null;
        } catch (RuntimeException e) {
            log.warn("Readiness: the store did not answer a ping: {}", e.toString());
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
