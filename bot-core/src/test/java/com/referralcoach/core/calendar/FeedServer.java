package com.referralcoach.core.calendar;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A calendar server on 127.0.0.1 serving the fixtures the ways real ones do, and the ways they fail. */
final class FeedServer implements AutoCloseable {
    static final String SECRET = "/calendar/ical/rep%40acme.com/private-5e3c7a9b/basic.ics";
    static final String ETAG = "\"v1\"";
    static final String LAST_MODIFIED = "Sun, 01 Mar 2026 12:00:00 GMT";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The link to a path on this server. */
    FeedLink link(String path) {
        return FeedLink.parse("http://127.0.0.1:" + server.getAddress().getPort() + path).orElseThrow();
    }

    int requests() {
        return requests.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            if (path.equals(SECRET)) {
                calendar(exchange);
            } else if (path.equals("/gzip.ics")) {
                gzipped(exchange);
            } else if (path.equals("/bomb.ics")) {
                bomb(exchange);
            } else if (path.equals("/missing.ics")) {
                answer(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/private.ics")) {
                answer(exchange, 403, "text/html", "<html>Forbidden</html>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/login")) {
                answer(exchange, 200, "text/html; charset=utf-8",
                        "<!DOCTYPE html><html><body>Sign in to Outlook</body></html>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/big.ics")) {
                big(exchange);
            } else if (path.equals("/slow.ics")) {
                slow(exchange);
            } else if (path.startsWith("/loop/")) {
                redirect(exchange, path.endsWith("a") ? "/loop/b" : "/loop/a");
            } else if (path.startsWith("/hop/")) {
                int left = Integer.parseInt(path.substring(5));
                redirect(exchange, left == 0 ? SECRET : "/hop/" + (left - 1));
            } else {
                answer(exchange, 500, "text/plain", new byte[0]);
            }
        }
    }

    private void calendar(HttpExchange exchange) throws IOException {
        String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
        String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ETAG.equals(etag) || etag == null && LAST_MODIFIED.equals(since)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().add("ETag", ETAG);
        exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
        answer(exchange, 200, "text/calendar; charset=UTF-8", Fixtures.bytes("google.ics"));
    }

    private void gzipped(HttpExchange exchange) throws IOException {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepted == null || !accepted.contains("gzip")) {
            answer(exchange, 406, "text/plain", new byte[0]);
            return;
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Fixtures.bytes("icloud.ics"));
        }
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        answer(exchange, 200, "text/calendar", zipped.toByteArray());
    }

    /** A few kilobytes on the wire, 6 MB once decoded. */
    private static void bomb(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
            gzip.write(new byte[6 * 1024 * 1024]);
        }
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        answer(exchange, 200, "text/calendar", zipped.toByteArray());
    }

    private static void big(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/calendar");
        exchange.sendResponseHeaders(200, 0);
        byte[] line = "DESCRIPTION:a very long agenda, over and over, and over again, and again.\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
            for (long sent = 0; sent < 6L * 1024 * 1024; sent += line.length) {
                out.write(line);
            }
        } catch (IOException stoppedReading) {
            // the reader hung up once it had enough
        }
    }

    private void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/calendar");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            release.await(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException stoppedReading) {
            // the reader gave up, or the test is over
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
