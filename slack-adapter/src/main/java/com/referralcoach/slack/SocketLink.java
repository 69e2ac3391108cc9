package com.referralcoach.slack;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Socket Mode websocket: passes what Slack says to {@link SocketModeLinks}, sends acks, and retires quietly. */
final class SocketLink extends WebSocketClient {
    private static final Logger log = LoggerFactory.getLogger(SocketLink.class);

    private final SocketModeLinks links;
    private final AtomicInteger handling = new AtomicInteger();
    private volatile boolean retiring;

    SocketLink(URI url, SocketModeLinks links) {
        super(url);
        this.links = links;
    }

    void ack(String ack) {
        try {
            send(ack);
        } catch (WebsocketNotConnectedException e) {
            log.warn("Could not ack a Socket Mode envelope: its link closed first");
        }
    }

    /** Counts envelopes being handled; a retired link closes when the last one is acked. */
    void handling(int change) {
        if (handling.addAndGet(change) == 0 && retiring) {
            close();
        }
    }

    /** Its successor is in use: it closes once the envelopes it is handling are acked. */
    void retire() {
        retiring = true;
        if (handling.get() == 0) {
            close();
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
        links.received(this, message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        links.closedLink(this, code);
    }

    @Override
    public void onError(Exception e) {
        log.debug("Socket Mode link error: {}", e.getClass().getSimpleName());
    }
}
