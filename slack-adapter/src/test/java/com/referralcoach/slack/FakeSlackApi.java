package com.referralcoach.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Slack Web API on 127.0.0.1 answering in Slack's JSON: auth.test, chat.postMessage, chat.postEphemeral,
 * chat.update, views.open/update/publish, users.info, conversations.open, apps.connections.open, the external file
 * upload ({@link FakeSlackFiles}), files.info and the downloads of files reps shared ({@link FakeSlackSharedFiles}),
 * and response URLs. It records every request, can answer 429 with Retry-After a
 * given number of times, can refuse calls naming a channel with an error code, and refuses messages over Slack's
 * limits as Slack does ({@link SlackMessageLimits}). Like Slack, it refuses a method whose scope the app's manifest
 * (config/slack-app-manifest.yml) does not ask for with {@code missing_scope} ({@link ManifestScopes}). Once
 * {@link #installs} are on, it hands out tokens through oauth.v2.access and takes no call without a live one
 * ({@link FakeSlackInstalls}).
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String TEAM = "T0FAKE1";
    public static final String BOT_USER = "UBOT0001";

    /** One request as the fake received it, with the token it carried ("" for none). */
    public record Call(String method, Map<String, String> params, String body, long atNanos, String token) {
        public Call(String method, Map<String, String> params, String body, long atNanos) {
            this(method, params, body, atNanos, "");
        }

        public String param(String name) {
            return params.getOrDefault(name, "");
        }

        /**
         * The request with Gson's \\u003c / \\u003e / \\u0026 decoded, as Slack would read it, and without the
         * zero-width spaces that keep formatting marks literal ({@link MrkdwnEscaper}), as a person reads it.
         */
        public String decoded() {
            return String.join("\n", params.values()).replace("\\u200b", "").replace("\u200B", "")
                    .replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&")
                    .replace("\\u003d", "=").replace("\\u0027", "'");
        }
    }

    static {
        // Answers at once like Slack, not ~40 ms late waiting for a delayed ACK (Nagle's algorithm).
        System.setProperty(SlackHttpServer.NO_DELAY, "true");
    }

    private final HttpServer server;
    // Appended to by the server's threads; not copy-on-write, so a benchmark's tens of thousands of calls stay cheap.
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final FakeSlackFiles files;
    final FakeSlackSharedFiles shared;
    private final Map<String, String> zones = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, List<String>> roles = new ConcurrentHashMap<>();
    private final Map<String, String> channelErrors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rateLimits = new ConcurrentHashMap<>();
    private final Map<String, Integer> retryAfter = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    private volatile java.util.Set<String> scopes = ManifestScopes.botScopes(ManifestScopes.manifest());
    private volatile java.util.Optional<FakeSlackInstalls> installs = java.util.Optional.empty();

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/api/", this::method);
        server.createContext("/response/", this::responseUrl);
        files = new FakeSlackFiles("http://127.0.0.1:" + server.getAddress().getPort() + "/upload/v1/");
        server.createContext("/upload/", files::upload);
        shared = new FakeSlackSharedFiles("http://127.0.0.1:" + server.getAddress().getPort() + "/files-pri/",
                SlackRig.BOT_TOKEN, () -> scopes);
        server.createContext("/files-pri/", shared::download);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A client configuration whose Web API calls come here. */
    com.slack.api.SlackConfig slackConfig() {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl());
        return config;
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** From now on, tokens come from installs through OAuth, on {@code clock}, and every call needs a live one. */
    FakeSlackInstalls installs(java.time.Clock clock) {
        FakeSlackInstalls on = new FakeSlackInstalls(clock);
        installs = java.util.Optional.of(on);
        return on;
    }

    void socketModeAt(String url) {
        socketUrl = url;
    }

    /** Grants the bot these scopes instead of the manifest's. */
    void grantOnly(java.util.Set<String> granted) {
        scopes = java.util.Set.copyOf(granted);
    }

    public void userZone(String user, String tz) {
        zones.put(user, tz);
    }

    /** Makes users.info give {@code user} this display name (else "Rep " + the id). */
    public void userName(String user, String name) {
        names.put(user, name);
    }

    /** Makes users.info call {@code user} what {@code flags} say: "is_admin", "is_owner", "is_primary_owner". */
    public void userRoles(String user, String... flags) {
        roles.put(user, List.of(flags));
    }

    /** Calls of {@code method} naming {@code channel} (channel or channel_id) answer "ok": false with {@code error}. */
    void failIn(String channel, String method, String error) {
        channelErrors.put(method + " " + channel, error);
    }

    /** The next {@code times} calls of {@code method} get HTTP 429 with Retry-After {@code seconds}. */
    void rateLimit(String method, int times, int seconds) {
        rateLimits.put(method, new AtomicInteger(times));
        retryAfter.put(method, seconds);
    }

    public List<Call> calls(String method) {
        return all().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** How many calls of {@code method} came, without copying them: for a benchmark to poll. */
    public int count(String method) {
        AtomicInteger count = counts.get(method);
        return count == null ? 0 : count.get();
    }

    public List<Call> all() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private void record(Call call) {
        calls.add(call);
        counts.computeIfAbsent(call.method(), m -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        AtomicInteger limited = rateLimits.get(method);
        if (limited != null && limited.getAndDecrement() > 0) {
            record(new Call(method + ":429", params(exchange, body), body, System.nanoTime()));
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter.get(method)));
            answer(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Map<String, String> params = params(exchange, body);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                : params.getOrDefault("token", "");
        record(new Call(method, params, body, System.nanoTime(), token));
        if (installs.isPresent() && method.equals("oauth.v2.access")) {
            answer(exchange, 200, new Gson().toJson(installs.get().access(params, authorization)));
            return;
        }
        java.util.Optional<String> refused = installs.flatMap(i -> i.refusal(token));
        if (refused.isPresent()) {
            answer(exchange, 200, new Gson().toJson(Map.of("ok", false, "error", refused.get())));
            return;
        }
        String error = channelErrors.get(method + " " + params.getOrDefault("channel", params.getOrDefault("channel_id", "")));
        java.util.Optional<String> lacking = ManifestScopes.missing(method, scopes);
        if (lacking.isPresent()) {
            answer(exchange, 200, new Gson().toJson(Map.of("ok", false, "error", "missing_scope",
                    "needed", lacking.get(), "provided", String.join(",", scopes))));
            return;
        }
        if (error == null && method.startsWith("chat.")) {
            error = SlackMessageLimits.broken(params).orElse(null);
        }
        answer(exchange, 200, error == null ? new Gson().toJson(reply(method, params, token))
                : new Gson().toJson(Map.of("ok", false, "error", error)));
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        record(new Call("response_url", params(exchange, body), body, System.nanoTime()));
        answer(exchange, 200, "ok");
    }

    private Map<String, Object> reply(String method, Map<String, String> params, String token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        switch (method) {
            case "auth.test" -> {
                if (installs.isPresent()) {
                    installs.get().authTest(token, out);
                    return out;
                }
                out.put("url", "https://fake.slack.com/");
                out.put("team", "Fake");
                out.put("user", "coach");
                out.put("team_id", TEAM);
                out.put("user_id", BOT_USER);
                out.put("bot_id", "BBOT0001");
            }
            case "chat.postMessage", "chat.update" -> {
                out.put("channel", params.get("channel"));
                out.put("ts", params.containsKey("ts") ? params.get("ts") : nextTs());
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "views.open", "views.update", "views.publish" -> out.put("view", Map.of("id", "VFAKE1", "hash", "h1"));
            case "users.info" -> out.put("user", user(params.get("user")));
            case "conversations.open" -> out.put("channel", Map.of("id", "D" + params.get("users")));
            case "apps.connections.open" -> out.put("url", socketUrl);
            case "files.info" -> shared.info(params, out);
            case "files.getUploadURLExternal" -> files.uploadUrl(params, out);
            case "files.completeUploadExternal" -> files.complete(params, out);
            default -> {
                out.put("ok", false);
                out.put("error", "unknown_method");
            }
        }
        return out;
    }

    private Map<String, Object> user(String id) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("team_id", TEAM);
        user.put("name", "rep." + id.toLowerCase());
        user.put("real_name", "Rep " + id);
        for (String flag : List.of("is_admin", "is_owner", "is_primary_owner")) {
            user.put(flag, roles.getOrDefault(id, List.of()).contains(flag));
        }
        if (zones.containsKey(id)) {
            user.put("tz", zones.get(id));
        }
        String name = names.getOrDefault(id, "Rep " + id);
        user.put("profile", Map.of("display_name", name, "real_name", name));
        return user;
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return value / 1_000_000 + "." + String.format("%06d", value % 1_000_000);
    }

    private static Map<String, String> params(HttpExchange exchange, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            json.entrySet().forEach(e -> params.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
