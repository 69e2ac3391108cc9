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
 * A local Socket Mode endpoint: says hello to each connection, sends envelopes, records the acks (the
 * envelope ids the app answers with).
 */
final class FakeSocketMode extends WebSocketServer {
    private final List<String> acks = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile WebSocket app;

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

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        app = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
                + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"AFAKE1\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonObject json = JsonParser.parseString(message).getAsJsonObject();
        if (json.has("envelope_id")) {
            acks.add(json.get("envelope_id").getAsString());
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
