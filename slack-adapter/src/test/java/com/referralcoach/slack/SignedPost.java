package com.referralcoach.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts to the bot's HTTP endpoint the way Slack does: v0 signature over "v0:timestamp:body". */
public final class SignedPost {
    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public SignedPost(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** Signed correctly with the rig's secret, now. */
    HttpResponse<String> post(String body, String contentType, String... extraHeaders) throws Exception {
        long ts = now();
        return postAs(body, contentType, ts, signature(SlackRig.SIGNING_SECRET, ts, body), extraHeaders);
    }

    public HttpResponse<String> postAs(String body, String contentType, Long timestamp, String signature,
                              String... extraHeaders) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + SlackHttpServer.EVENTS))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
