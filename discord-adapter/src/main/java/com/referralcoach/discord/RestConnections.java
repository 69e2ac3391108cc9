package com.referralcoach.discord;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The HTTP client JDA sends the bot's REST calls with. JDA's own keeps 5 idle connections for 10 s; over HTTP/1.1 (a
 * proxy in between, or the fake Discord in tests) a burst of answers then opens and closes a connection for most of
 * them. This one keeps up to {@link #IDLE} for a minute. Over Discord's HTTP/2 every call shares one connection
 * anyway, so it changes nothing there. As in JDA's, up to 25 calls to one host at a time.
 */
final class RestConnections {
    static final int IDLE = 32;
    private static final int PER_HOST = 25;

    private RestConnections() {
    }

    static OkHttpClient.Builder client() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(PER_HOST);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(IDLE, 1, TimeUnit.MINUTES));
    }
}
