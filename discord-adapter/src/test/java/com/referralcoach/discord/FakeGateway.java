package com.referralcoach.discord;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord gateway on 127.0.0.1 speaking plain JSON: HELLO, then READY and one GUILD_CREATE per server after
 * IDENTIFY; heartbeats are acknowledged; a RESUME replays the dispatches the client had not seen. Dispatches sent
 * while no client is connected wait for its resume. An IDENTIFY asking for the privileged Message Content intent is
 * refused with close code 4014, as for an application whose operator has not switched it on.
 */
final class FakeGateway extends WebSocketServer {
    /** The privileged Message Content intent, which this application has not switched on. */
    static final long MESSAGE_CONTENT = 1L << 15;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> sentLog = new ArrayList<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final FakeDiscord discord;
    private volatile WebSocket current;
    private volatile boolean ready;
    private int seq;

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void begin() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        current = connection;
        connection.send(DataObject.empty().put("op", 10).putNull("s").putNull("t")
                .put("d", DataObject.empty().put("heartbeat_interval", 41_250)).toString());
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        DataObject frame = DataObject.fromJson(text);
        switch (frame.getInt("op")) {
            case 1 -> connection.send("{\"op\":11}");
            case 2 -> identified(connection, frame.getObject("d"));
            case 6 -> resumed(connection, frame.getObject("d").getInt("seq", 0));
            default -> {
            }
        }
    }

    private synchronized void identified(WebSocket connection, DataObject identify) {
        identifies.incrementAndGet();
        discord.recordIdentify(identify);
        if ((identify.getLong("intents", 0) & MESSAGE_CONTENT) != 0) {
            // As Discord does for a privileged intent the developer portal has not switched on.
            connection.close(4014, "Disallowed intent(s).");
            return;
        }
        DataArray guilds = DataArray.empty();
        discord.guildIds().forEach(id -> guilds.add(DataObject.empty().put("id", id).put("unavailable", true)));
        send(connection, "READY", DataObject.empty().put("v", 10).put("user", discord.botUser())
                .put("guilds", guilds).put("session_id", "fake-session").put("resume_gateway_url", url())
                .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("application", DataObject.empty().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0)));
        discord.guildIds().forEach(id -> send(connection, "GUILD_CREATE", discord.guildCreate(id)));
        ready = true;
    }

    private synchronized void resumed(WebSocket connection, int clientSeq) {
        resumes.incrementAndGet();
        for (int i = clientSeq; i < sentLog.size(); i++) {
            connection.send(sentLog.get(i));
        }
        send(connection, "RESUMED", DataObject.empty());
        ready = true;
    }

    /** Sends (or, while disconnected, keeps for the resume) one dispatch. */
    synchronized void dispatch(String type, DataObject data) {
        send(ready ? current : null, type, data);
    }

    private void send(WebSocket connection, String type, DataObject data) {
        seq++;
        String frame = DataObject.empty().put("op", 0).put("s", seq).put("t", type).put("d", data).toString();
        sentLog.add(frame);
        if (connection != null && connection.isOpen()) {
            connection.send(frame);
        }
    }

    /** Closes the client's connection with {@code code} (4000: unknown error, resumable). */
    synchronized void drop(int code) {
        ready = false;
        if (current != null) {
            current.close(code, "fake gateway drop");
        }
    }

    int identifies() {
        return identifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        if (connection == current) {
            ready = false;
        }
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // the client sees the close; nothing to do here
    }
}
