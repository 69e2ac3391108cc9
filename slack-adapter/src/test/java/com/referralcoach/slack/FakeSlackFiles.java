package com.referralcoach.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's external upload as the fake speaks it: files.getUploadURLExternal hands out an upload URL on 127.0.0.1,
 * the bytes posted there are kept per file id, and files.completeUploadExternal records where each file was shared.
 */
final class FakeSlackFiles {
    /** A file shared by files.completeUploadExternal: its id, title, and the channel it went to. */
    record Shared(String fileId, String title, String channel) {
    }

    private final String uploadBase;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, Integer> lengths = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final List<Shared> shared = new CopyOnWriteArrayList<>();

    FakeSlackFiles(String uploadBase) {
        this.uploadBase = uploadBase;
    }

    /** The bytes posted to the upload URL of {@code fileId}, if any were. */
    Optional<byte[]> uploaded(String fileId) {
        return Optional.ofNullable(uploads.get(fileId)).map(byte[]::clone);
    }

    /** The file name and length declared for {@code fileId} in files.getUploadURLExternal. */
    String declared(String fileId) {
        return names.get(fileId) + " (" + lengths.get(fileId) + " bytes)";
    }

    List<Shared> sharedIn(String channel) {
        return shared.stream().filter(s -> s.channel().equals(channel)).toList();
    }

    void uploadUrl(Map<String, String> params, Map<String, Object> out) {
        String name = params.getOrDefault("filename", "");
        int length = parse(params.getOrDefault("length", ""));
        if (name.isEmpty() || length <= 0) {
            out.put("ok", false);
            out.put("error", "invalid_arguments");
            return;
        }
        String id = "F0FAKE" + ids.incrementAndGet();
        names.put(id, name);
        lengths.put(id, length);
        out.put("upload_url", uploadBase + id);
        out.put("file_id", id);
    }

    void complete(Map<String, String> params, Map<String, Object> out) {
        String channel = params.getOrDefault("channel_id", params.getOrDefault("channels", ""));
        List<Map<String, String>> files = new ArrayList<>();
        for (JsonElement file : JsonParser.parseString(params.getOrDefault("files", "[]")).getAsJsonArray()) {
            String id = file.getAsJsonObject().get("id").getAsString();
            String title = file.getAsJsonObject().has("title") ? file.getAsJsonObject().get("title").getAsString()
                    : names.getOrDefault(id, "");
            if (!channel.isEmpty()) {
                shared.add(new Shared(id, title, channel));
            }
            Map<String, String> described = new LinkedHashMap<>();
            described.put("id", id);
            described.put("title", title);
            files.add(described);
        }
        out.put("files", files);
    }

    /** The upload URL: takes the raw bytes of a known file id, as Slack's upload host does. */
    void upload(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(exchange.getRequestURI().getPath().lastIndexOf('/') + 1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean known = "POST".equals(exchange.getRequestMethod()) && names.containsKey(id);
        if (known) {
            uploads.put(id, body);
        }
        byte[] answer = (known ? "OK - " + body.length : "Not Found").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(known ? 200 : 404, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
