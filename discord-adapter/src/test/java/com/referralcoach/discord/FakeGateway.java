package com.referralcoach.discord;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord gateway on 127.0.0.1 speaking plain JSON, strict about shards as Discord is: HELLO, then after IDENTIFY
 * (with {@code shard: [id, total]}, or none for one shard) READY and a GUILD_CREATE for each server of that shard
 * only, a server being on shard {@code (id >> 22) % total}; heartbeats are acknowledged; a RESUME replays what the
 * session had not seen. A server's events go to its shard only and events without a server (direct messages) to
 * shard 0 only; a shard's dispatches sent while it is disconnected wait for its resume. Refused with Discord's close
 * codes: a shard id outside the total (4010), more servers on one shard than {@link FakeDiscord#guildsPerShard}
 * allows (4011), the privileged Message Content intent (4014, not switched on for this application).
 */
final class FakeGateway extends WebSocketServer {
    /** The privileged Message Content intent, which this application has not switched on. */
    static final long MESSAGE_CONTENT = 1L << 15;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final Map<Integer, FakeGatewaySession> sessions = new ConcurrentHashMap<>();
    private final java.util.Set<Integer> cutOff = ConcurrentHashMap.newKeySet();
    private final FakeDiscord discord;
    private volatile int total = 1;

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
        connection.send(DataObject.empty().put("op", 10).putNull("s").putNull("t")
                .put("d", DataObject.empty().put("heartbeat_interval", 41_250)).toString());
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        DataObject frame = DataObject.fromJson(text);
        switch (frame.getInt("op")) {
            case 1 -> connection.send("{\"op\":11}");
            case 2 -> identified(connection, frame.getObject("d"));
            case 6 -> resumed(connection, frame.getObject("d"));
            default -> {
            }
        }
    }

    private void identified(WebSocket connection, DataObject identify) {
        identifies.incrementAndGet();
        discord.recordIdentify(identify);
        int shard = identify.optArray("shard").map(pair -> pair.getInt(0)).orElse(0);
        int of = identify.optArray("shard").map(pair -> pair.getInt(1)).orElse(1);
        if ((identify.getLong("intents", 0) & MESSAGE_CONTENT) != 0) {
            // As Discord does for a privileged intent the developer portal has not switched on.
            connection.close(4014, "Disallowed intent(s).");
            return;
        }
        if (of < 1 || shard < 0 || shard >= of) {
            connection.close(4010, "Invalid shard.");
            return;
        }
        if (discord.guildIds().size() > (long) discord.guildsPerShard() * of) {
            connection.close(4011, "Sharding required.");
            return;
        }
        if (cutOff.contains(shard)) {
            connection.close(4000, "fake gateway outage");
            return;
        }
        total = of;
        FakeGatewaySession session = new FakeGatewaySession(shard, of);
        sessions.put(shard, session);
        List<String> guilds = discord.guildIds().stream()
                .filter(id -> DiscordShards.shardOf(Long.parseLong(id), of) == shard).toList();
        DataArray unavailable = DataArray.empty();
        guilds.forEach(id -> unavailable.add(DataObject.empty().put("id", id).put("unavailable", true)));
        session.live(connection);
        session.send("READY", DataObject.empty().put("v", 10).put("user", discord.botUser())
                .put("guilds", unavailable).put("session_id", session.id()).put("resume_gateway_url", url())
                .put("shard", DataArray.empty().add(shard).add(of))
                .put("private_channels", DataArray.empty()).put("relationships", DataArray.empty())
                .put("application", DataObject.empty().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0)));
        guilds.forEach(id -> session.send("GUILD_CREATE", discord.guildCreate(id)));
    }

    private void resumed(WebSocket connection, DataObject resume) {
        resumes.incrementAndGet();
        Optional<FakeGatewaySession> session = sessions.values().stream()
                .filter(known -> known.id().equals(resume.getString("session_id", ""))).findFirst();
        if (session.isEmpty()) {
            connection.send("{\"op\":9,\"d\":false}"); // invalid session: identify again
            return;
        }
        if (cutOff.contains(session.get().shard)) {
            connection.close(4000, "fake gateway outage");
            return;
        }
        session.get().resume(connection, resume.getInt("seq", 0));
    }

    /**
     * Sends one dispatch to the shard that receives it: a server's to the server's shard, anything else to shard 0.
     * A shard disconnected keeps it for its resume; one never connected does not get it.
     */
    void dispatch(String type, DataObject data) {
        String guild = data.getString("guild_id", "");
        int shard = guild.isEmpty() ? 0 : DiscordShards.shardOf(Long.parseLong(guild), total);
        FakeGatewaySession session = sessions.get(shard);
        if (session != null) {
            session.send(type, data);
        }
    }

    /** True when shard {@code shard}'s session was sent a dispatch carrying {@code text}. */
    boolean deliveredOn(int shard, String text) {
        FakeGatewaySession session = sessions.get(shard);
        return session != null && session.carried(text);
    }

    /** Drops shard {@code shard}'s connection and refuses it until {@link #restore}: an outage of one shard. */
    void cutOff(int shard) {
        cutOff.add(shard);
        FakeGatewaySession session = sessions.get(shard);
        if (session != null) {
            session.drop(4000);
        }
    }

    void restore(int shard) {
        cutOff.remove(shard);
    }

    /** Closes every shard's connection with {@code code} (4000: unknown error, resumable). */
    void drop(int code) {
        sessions.values().forEach(session -> session.drop(code));
    }

    int identifies() {
        return identifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        sessions.values().stream().filter(session -> session.on(connection)).forEach(FakeGatewaySession::lost);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        // the client sees the close; nothing to do here
    }
}
