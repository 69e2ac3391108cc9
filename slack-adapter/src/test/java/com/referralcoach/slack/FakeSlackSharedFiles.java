package com.referralcoach.slack;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Files reps shared in their DM, as the fake Slack keeps them: files.info describes one in Slack's shape, and its
 * url_private_download serves the bytes only to a request with the bot token as a Bearer header from an app granted
 * {@code files:read}; anything else gets Slack's sign-in page (HTML, status 200), as Slack answers it. A file can be
 * made to answer another status (404, 500), or to say in files.info that it is smaller than it is.
 */
final class FakeSlackSharedFiles {
    /** A shared file: who shared it, its name, type, bytes (repeated {@code times}), and the size files.info says. */
    private record Shared(String id, String user, String name, String mimetype, String filetype, byte[] bytes,
                          int times, long declared) {
        long size() {
            return (long) bytes.length * times;
        }
    }

    private static final String SIGN_IN_PAGE = "<!DOCTYPE html><html lang=\"en-US\"><head><title>Slack</title></head>"
            + "<body>Sign in to your workspace</body></html>";

    private final String base;
    private final String token;
    private final Supplier<Set<String>> scopes;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Shared> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    FakeSlackSharedFiles(String base, String token, Supplier<Set<String>> scopes) {
        this.base = base;
        this.token = token;
        this.scopes = scopes;
    }

    /** {@code user} shares a file in their DM; its id. */
    String share(String user, String name, String mimetype, String filetype, byte[] bytes) {
        return share(user, name, mimetype, filetype, bytes, 1, -1);
    }

    /**
     * A file of {@code bytes} repeated {@code times} (a big one without holding it); files.info says it is
     * {@code declared} bytes (or its true size if negative).
     */
    String share(String user, String name, String mimetype, String filetype, byte[] bytes, int times, long declared) {
        String id = "F0SHARED" + ids.incrementAndGet();
        Shared file = new Shared(id, user, name, mimetype, filetype, bytes.clone(), times, declared);
        files.put(id, file);
        return id;
    }

    /** Downloads of {@code fileId} answer {@code status} from now on. */
    void answer(String fileId, int status) {
        statuses.put(fileId, status);
    }

    /** How many downloads were asked for, and how many of them got the file's bytes. */
    int downloadsAsked() {
        return downloads.get();
    }

    int downloadsServed() {
        return served.get();
    }

    void info(Map<String, String> params, Map<String, Object> out) {
        Shared file = files.get(params.getOrDefault("file", ""));
        if (file == null) {
            out.put("ok", false);
            out.put("error", "file_not_found");
            return;
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", file.id());
        described.put("created", 1_700_000_000);
        described.put("timestamp", 1_700_000_000);
        described.put("name", file.name());
        described.put("title", file.name());
        described.put("mimetype", file.mimetype());
        described.put("filetype", file.filetype());
        described.put("pretty_type", file.filetype().toUpperCase());
        described.put("user", file.user());
        described.put("user_team", FakeSlackApi.TEAM);
        described.put("editable", false);
        described.put("size", file.declared() >= 0 ? file.declared() : file.size());
        described.put("mode", "hosted");
        described.put("is_external", false);
        described.put("external_type", "");
        described.put("is_public", false);
        described.put("public_url_shared", false);
        described.put("display_as_bot", false);
        described.put("username", "");
        described.put("url_private", base + FakeSlackApi.TEAM + "-" + file.id() + "/" + file.name());
        described.put("url_private_download", base + FakeSlackApi.TEAM + "-" + file.id() + "/download/"
                + file.name());
        described.put("permalink", "https://fake.slack.com/files/" + file.user() + "/" + file.id() + "/"
                + file.name());
        described.put("channels", java.util.List.of());
        described.put("ims", java.util.List.of("D" + file.user()));
        out.put("file", described);
        out.put("comments", java.util.List.of());
        out.put("response_metadata", Map.of("next_cursor", ""));
    }

    /** GET /files-pri/{team}-{file id}/download/{name}. */
    void download(HttpExchange exchange) throws IOException {
        try (exchange) {
            downloads.incrementAndGet();
            String path = exchange.getRequestURI().getPath().substring("/files-pri/".length());
            int dash = path.indexOf('-');
            int slash = path.indexOf('/');
            String id = dash < 0 || slash < dash ? "" : path.substring(dash + 1, slash);
            Shared file = files.get(id);
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + token).equals(bearer) || !scopes.get().contains("files:read")) {
                send(exchange, 200, "text/html; charset=utf-8", SIGN_IN_PAGE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = file == null ? 404 : statuses.getOrDefault(id, 200);
            if (status != 200) {
                send(exchange, status, "text/plain", ("HTTP " + status).getBytes(StandardCharsets.UTF_8));
                return;
            }
            served.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", file.mimetype());
            exchange.sendResponseHeaders(200, file.size());
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < file.times(); i++) {
                    out.write(file.bytes());
                }
            } catch (IOException e) {
                // the bot stopped reading: a file too big for it
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
