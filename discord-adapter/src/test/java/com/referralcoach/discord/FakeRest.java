package com.referralcoach.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Discord's REST API on 127.0.0.1 as far as the bot uses it: every request is recorded, then answered by the first
 * injected failure that matches (a 429, a 403) or else by {@code answer}.
 */
final class FakeRest {
    /**
     * One request as it arrived; {@code path} is relative to /api/v10/, {@code body} is the bytes read as UTF-8
     * (for JSON) and {@code bytes} the bytes themselves (for multipart uploads).
     */
    record Recorded(String method, String path, String body, String authorization, String contentType,
                    byte[] bytes) {
        boolean is(String method, String pathPrefix) {
            return this.method.equals(method) && path.startsWith(pathPrefix);
        }

        boolean isMultipart() {
            return contentType.startsWith("multipart/form-data");
        }
    }

    /** What the fake answers. */
    record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(String body) {
            return new Answer(200, body, Map.of());
        }

        static Answer empty() {
            return new Answer(204, "", Map.of());
        }
    }

    private record Failure(Predicate<Recorded> when, AtomicInteger left, Answer answer) {
    }

    static {
        // Answers at once like Discord, not ~40 ms late waiting for a delayed ACK (Nagle's algorithm); the JDK
        // server reads this when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Consumer<Recorded> tap = request -> { };

    FakeRest(Function<Recorded, Answer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/api/v10/", exchange -> respond(exchange, answer));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    }

    /** The address of {@code path} on this server (outside the API, as Discord's CDN is). */
    String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves requests under {@code prefix} with {@code handler} (the CDN's attachments). */
    void serve(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }

    /** Hands every request to {@code tap} as it arrives (a benchmark counts answers without polling). */
    void tap(java.util.function.Consumer<Recorded> tap) {
        this.tap = tap;
    }

    /** The next {@code times} requests matching {@code when} get {@code answer} instead. */
    void failNext(Predicate<Recorded> when, int times, Answer answer) {
        failures.add(new Failure(when, new AtomicInteger(times), answer));
    }

    private void respond(HttpExchange exchange, Function<Recorded, Answer> answer) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
            String contentType = java.util.Objects.requireNonNullElse(
                    exchange.getRequestHeaders().getFirst("Content-Type"), "");
            Recorded request = new Recorded(exchange.getRequestMethod(), path,
                    new String(raw, StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("Authorization"),
                    contentType, raw);
            requests.add(request);
            tap.accept(request);
            Answer reply = injected(request);
            if (reply == null) {
                reply = answer.apply(request);
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private Answer injected(Recorded request) {
        for (Failure failure : failures) {
            if (failure.when().test(request) && failure.left().getAndDecrement() > 0) {
                return failure.answer();
            }
        }
        return null;
    }

    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
