package com.referralcoach.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;

/**
 * One shard's session on the fake gateway: its connection (while one is open and identified or resumed), its
 * sequence and every dispatch it was sent, so a RESUME replays what the client had not seen.
 */
final class FakeGatewaySession {
    final int shard;
    final int total;
    private final List<String> sentLog = new ArrayList<>();
    private WebSocket connection;
    private boolean ready;

    FakeGatewaySession(int shard, int total) {
        this.shard = shard;
        this.total = total;
    }

    String id() {
        return "fake-session-" + shard + "-" + total;
    }

    synchronized void live(WebSocket open) {
        connection = open;
        ready = true;
    }

    synchronized boolean on(WebSocket open) {
        return connection == open;
    }

    synchronized void lost() {
        ready = false;
    }

    /** Sends (or, while disconnected, keeps for the resume) one dispatch. */
    synchronized void send(String type, DataObject data) {
        String frame = DataObject.empty().put("op", 0).put("s", sentLog.size() + 1).put("t", type).put("d", data)
                .toString();
        sentLog.add(frame);
        if (ready && connection != null && connection.isOpen()) {
            connection.send(frame);
        }
    }

    /** Replays what came after {@code clientSeq} on {@code open}, then says RESUMED. */
    synchronized void resume(WebSocket open, int clientSeq) {
        connection = open;
        for (int i = clientSeq; i < sentLog.size(); i++) {
            open.send(sentLog.get(i));
        }
        ready = true;
        send("RESUMED", DataObject.empty());
    }

    /** True when a dispatch of this session carried {@code text} (an interaction's id, say). */
    synchronized boolean carried(String text) {
        return sentLog.stream().anyMatch(frame -> frame.contains(text));
    }

    synchronized void drop(int code) {
        ready = false;
        if (connection != null) {
            connection.close(code, "fake gateway drop");
        }
    }
}
