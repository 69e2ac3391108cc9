package com.referralcoach.slack;

import com.google.gson.JsonParseException;
import com.referralcoach.core.inbox.FirstResponses;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on the JDK's server: {@code POST /slack/events} takes events, commands and interactions (Bolt
 * checks the signature and its 5-minute window: 401 otherwise, nothing handled); {@code GET /healthz} says 200.
 * With installs through OAuth, {@code GET /slack/install} and {@code GET /slack/oauth_redirect} go to Bolt with their
 * query string and cookies ({@link BrowserRequests}), and its {@code Location} and {@code Set-Cookie} come back.
 * A body over {@value #MAX_BODY} bytes is refused with 413 before it is read (Slack's are far smaller), and one
 * that cannot be parsed (a malformed {@code payload}) with 400.
 */
final class SlackHttpServer implements AutoCloseable {
    static final String EVENTS = "/slack/events";
    static final String HEALTH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /**
     * The JDK server's switch for TCP_NODELAY on accepted connections, read once, when its first server starts.
     * Without it an ack written as headers then body can sit ~40 ms in Nagle's buffer waiting for Slack's delayed
     * ACK. The launcher (bot-app's {@code Main}) sets it; this class sets no JVM-wide property itself.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** Requests handled at once: each mostly waits for its message to be written, so more share each write. */
    private static final int THREADS = 16;
    /** The largest body read: 1 MB. */
    static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads;

    private SlackHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static SlackHttpServer start(App app, NoHandler runner, int port) throws IOException {
        return start(app, runner, port, new FirstResponses(0, Duration.ZERO, Duration.ZERO));
    }

    /** As above; {@code ackFirst} learns of each request from its arrival until its answer is sent. */
    static SlackHttpServer start(App app, NoHandler runner, int port, FirstResponses ackFirst) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 256);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, SlackThreads.named("slack-http"));
        SlackRequestParser parser = new SlackRequestParser(app.config());
        server.createContext(EVENTS, exchange -> {
            ackFirst.onItsWay();
            try {
                handle(exchange, () -> events(runner, parser, exchange));
            } finally {
                ackFirst.through();
            }
        });
        if (app.config().isOAuthInstallPathEnabled()) {
            for (String path : List.of(SlackSettings.OAuth.INSTALL_PATH, SlackSettings.OAuth.REDIRECT_PATH)) {
                server.createContext(path, exchange -> handle(exchange, () -> BrowserRequests.run(runner, parser,
                        exchange)));
            }
        }
        server.createContext(HEALTH, exchange -> handle(exchange, () -> Response.builder().statusCode(200)
                .contentType("text/plain; charset=utf-8").body("ok").build()));
        server.setExecutor(threads);
        server.start();
        return new SlackHttpServer(server, threads);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }

    private interface Answer {
        Response get() throws Exception;
    }

    private static Response events(NoHandler runner, SlackRequestParser parser, HttpExchange exchange)
            throws Exception {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return Response.builder().statusCode(405).body("").build();
        }
        Optional<String> body = body(exchange);
        if (body.isEmpty()) {
            exchange.getResponseHeaders().set("Connection", "close");
            return Response.builder().statusCode(413).body("").build();
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                values));
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers))
                    .requestBody(body.get())
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            // NullPointerException: Bolt's request classes read required fields (a click's user) without checks
            log.info("Refused a request to {} that could not be parsed: {}", EVENTS, e.getClass().getSimpleName());
            request = null;
        }
        return request == null ? Response.builder().statusCode(400).body("").build() : runner.run(request);
    }

    /**
     * The body as text, or empty when it is over {@link #MAX_BODY}: refused on its declared length before a byte is
     * read, and a body without one (chunked) is read no further than one byte past the limit.
     */
    private static Optional<String> body(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            if (declared != null && Long.parseLong(declared.strip()) > MAX_BODY) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static void handle(HttpExchange exchange, Answer answer) throws IOException {
        Response response;
        try {
            response = answer.get();
        } catch (Exception e) {
            log.error("Could not handle a request from Slack", e);
            response = Response.builder().statusCode(500).body("").build();
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getContentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.getContentType());
        }
        BrowserRequests.headersOut(response, exchange);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
