package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over HTTP/1.1 (a proxy between the bot and Discord) a burst of answers needs a connection each while they are in
 * flight. JDA's own client keeps 5 of them afterwards, so the next burst opens most again (15 of 20 here, tried);
 * the bot's keeps up to {@link RestConnections#IDLE}.
 */
@Timeout(30)
class RestConnectionsTest {
    private static final int AT_ONCE = 20;

    @Test
    void theNextBurstOfCallsReusesTheConnectionsOfTheLast() throws Exception {
        Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
        ExecutorService serving = Executors.newFixedThreadPool(AT_ONCE);
        ExecutorService calling = Executors.newFixedThreadPool(AT_ONCE);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        CountDownLatch[] burst = new CountDownLatch[1];
        server.createContext("/", exchange -> {
            connections.add(exchange.getRemoteAddress());
            burst[0].countDown();
            try {
                // every call of the burst is in flight before any is answered
                burst[0].await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(serving);
        server.start();
        try {
            OkHttpClient client = RestConnections.client().build();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/interactions";

            burst(client, url, calling, burst);
            assertThat(connections).as("the first burst's connections").hasSize(AT_ONCE);
            burst(client, url, calling, burst);

            assertThat(connections).as("connections after the second burst").hasSize(AT_ONCE);
        } finally {
            server.stop(0);
            serving.shutdownNow();
            calling.shutdownNow();
        }
    }

    private static void burst(OkHttpClient client, String url, ExecutorService calling, CountDownLatch[] burst)
            throws Exception {
        burst[0] = new CountDownLatch(AT_ONCE);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            calls.add(calling.submit(() -> status(client, url)));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo(204);
        }
    }

    private static int status(OkHttpClient client, String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.code();
        }
    }
}
