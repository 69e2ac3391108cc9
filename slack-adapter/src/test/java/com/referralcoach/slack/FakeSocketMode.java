package com.referralcoach.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode endpoint: says hello to each connection (or, when told to, holds the hello of new links), sends
 * envelopes on the newest link or a given one, and records the acks (the envelope ids the app answers with) with the
 * link each came on. Links are numbered from 0 in the order the app opened them.
 */
final class FakeSocketMode extends WebSocketServer {
    private final List<String> acks = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile WebSocket app;
    private final List<WebSocket> links = new CopyOnWriteArrayList<>();
    private final List<String> acksByLink = new CopyOnWriteArrayList<>();
    private final List<Integer> closedLinks = new CopyOnWriteArrayList<>();
    private volatile boolean holdHello;

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    String url() throws InterruptedException {
        started.await();
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    void awaitConnected() throws InterruptedException {
        connected.await();
    }

    /** Waits until {@code count} links were opened in all (an app started again opens a new one). */
    void awaitLinks(int count) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> links.size() >= count);
    }

    /** Sends one envelope: type events_api, slash_commands or interactive. */
    void send(String envelopeId, String type, JsonObject payload, int retryAttempt) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", !"events_api".equals(type));
        envelope.addProperty("retry_attempt", retryAttempt);
        envelope.addProperty("retry_reason", retryAttempt > 0 ? "timeout" : "");
        app.send(envelope.toString());
    }

    List<String> acks() {
        return List.copyOf(acks);
    }

    /** Acks as "link/envelope id", e.g. "0/env-1". */
    List<String> acksByLink() {
        return List.copyOf(acksByLink);
    }

    int linkCount() {
        return links.size();
    }

    boolean closed(int link) {
        return closedLinks.contains(link);
    }

    /** New links get no hello until {@link #hello} says it. */
    void holdHello(boolean hold) {
        holdHello = hold;
    }

    void hello(int link) {
        links.get(link).send(HELLO);
    }

    /** Drops a link without a word, as a network cut or a Slack restart does. */
    void drop(int link) {
        links.get(link).close();
    }

    /** Sends Slack's {@code disconnect} (e.g. refresh_requested) on a link. */
    void disconnect(int link, String reason) {
        links.get(link).send("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /** As {@link #send}, on the given link. */
    void sendOn(int link, String envelopeId, String type, JsonObject payload) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", !"events_api".equals(type));
        envelope.addProperty("retry_attempt", 0);
        envelope.addProperty("retry_reason", "");
        links.get(link).send(envelope.toString());
    }

    private static final String HELLO = "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
            + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"AFAKE1\"}}";

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        app = conn;
        links.add(conn);
        if (!holdHello) {
            conn.send(HELLO);
        }
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        if (json.has("envelope_id")) {
            acks.add(json.get("envelope_id").getAsString());
            acksByLink.add(links.indexOf(conn) + "/" + json.get("envelope_id").getAsString());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closedLinks.add(links.indexOf(conn));
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
