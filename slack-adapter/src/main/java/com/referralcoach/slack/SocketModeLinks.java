package com.referralcoach.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode without lost acks. Each link Slack hands out (apps.connections.open) stays open until the link that
 * replaces it has said hello, and each envelope is acked on the link it came on. So when Slack asks for a new link
 * ({@code disconnect}: refresh_requested or warning, routine every few hours) the old one still acks what it
 * delivered, which the SDK's client could not (it switched to a link not yet open and closed the old one). A link
 * lost without a word is replaced after a pause that doubles up to {@link #LONGEST_PAUSE}.
 */
final class SocketModeLinks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeLinks.class);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    /** How long a replaced link may still finish the envelopes it is handling before it is closed anyway. */
    static final Duration RETIRE_WITHIN = Duration.ofSeconds(10);

    private final Slack slack;
    private final String appToken;
    private final NoHandler runner;
    private final SocketModeRequestParser parser;
    private final Gson gson;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            SlackThreads.named("slack-socket"));
    private final Object lock = new Object();
    private SocketLink current;
    private SocketLink replacing;
    private int failures;
    private volatile boolean closed;

    SocketModeLinks(Slack slack, String appToken, NoHandler runner, SocketModeRequestParser parser) {
        this.slack = slack;
        this.appToken = appToken;
        this.runner = runner;
        this.parser = parser;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /** Asks Slack for the first link (a bad app token fails here) and connects to it. */
    void start() throws IOException, SlackApiException {
        SocketLink first = open();
        synchronized (lock) {
            current = first;
        }
    }

    private SocketLink open() throws IOException, SlackApiException {
        AppsConnectionsOpenResponse opened = slack.methods(appToken).appsConnectionsOpen(r -> r);
        if (!opened.isOk() || opened.getUrl() == null) {
            throw new IOException("apps.connections.open answered " + opened.getError());
        }
        SocketLink link = new SocketLink(URI.create(opened.getUrl()), this);
        link.connect();
        return link;
    }

    /** A link's text: hello, disconnect, or an envelope (handled on the link's own thread, in order). */
    void received(SocketLink link, String text) {
        String type;
        try {
            JsonObject message = JsonParser.parseString(text).getAsJsonObject();
            type = message.has("type") ? message.get("type").getAsString() : "";
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            log.warn("Ignored a Socket Mode message that is not JSON");
            return;
        }
        switch (type) {
            case "hello" -> greeted(link);
            case "disconnect" -> timer.execute(() -> renew(link));
            default -> handle(link, text);
        }
    }

    private void handle(SocketLink link, String text) {
        SocketModeRequest request;
        try {
            request = parser.parse(text);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            log.warn("Ignored a Socket Mode envelope that could not be parsed: {}", e.getClass().getSimpleName());
            return;
        }
        if (request == null) {
            return;
        }
        link.handling(+1);
        try {
            Response response = runner.run(request.getBoltRequest());
            if (response.getStatusCode() == null || response.getStatusCode() != 200) {
                log.warn("Not acking a Socket Mode {} envelope: the app answered {}", request.getEnvelope().getType(),
                        response.getStatusCode());
                return;
            }
            link.ack(ack(request.getEnvelope().getEnvelopeId(), response));
        } catch (Exception e) {
            log.error("Could not handle a Socket Mode envelope", e);
        } finally {
            link.handling(-1);
        }
    }

    private String ack(String envelopeId, Response response) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("envelope_id", envelopeId);
        String body = response.getBody();
        if (body != null && !body.isEmpty()) {
            String type = response.getContentType();
            ack.put("payload", type != null && type.startsWith("application/json")
                    ? gson.fromJson(body, JsonElement.class) : Map.of("text", body));
        }
        return gson.toJson(ack);
    }

    /** A link said hello: if it replaces one, it takes over and the old one retires once its acks are out. */
    private void greeted(SocketLink link) {
        SocketLink old = null;
        synchronized (lock) {
            failures = 0;
            if (link == replacing) {
                old = current;
                current = link;
                replacing = null;
            }
        }
        if (old != null && old != link) {
            old.retire();
            timer.schedule((Runnable) old::close, RETIRE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether the link in use is open, so envelopes can come (for readiness checks). */
    boolean connected() {
        synchronized (lock) {
            return !closed && current != null && current.isOpen();
        }
    }

    /** Opens the successor of {@code link}, which stays in use until the successor says hello. */
    private void renew(SocketLink link) {
        synchronized (lock) {
            if (closed || link != current || replacing != null) {
                return;
            }
            try {
                replacing = open();
            } catch (IOException | SlackApiException | RuntimeException e) {
                log.warn("Could not open a new Socket Mode link: {}", e.getMessage());
                retryLater(link);
            }
        }
    }

    /** A link closed: the one in use is replaced; a successor that closed before its hello is tried again. */
    void closedLink(SocketLink link, int code) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (link == replacing) {
                replacing = null;
                log.warn("A new Socket Mode link closed before Slack said hello (code {})", code);
                retryLater(current);
            } else if (link == current && replacing == null) {
                log.warn("The Socket Mode link closed (code {}); opening another", code);
                retryLater(current);
            }
        }
    }

    private void retryLater(SocketLink link) {
        long pause = Math.min(LONGEST_PAUSE.toMillis(), 1000L << Math.min(failures, 5));
        failures++;
        try {
            timer.schedule(() -> renew(link), pause, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    @Override
    public void close() {
        SocketLink[] links;
        synchronized (lock) {
            closed = true;
            links = new SocketLink[] {current, replacing};
        }
        timer.shutdownNow();
        for (SocketLink link : links) {
            if (link != null) {
                link.close();
            }
        }
    }
}
