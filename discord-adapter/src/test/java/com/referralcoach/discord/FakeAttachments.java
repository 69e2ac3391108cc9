package com.referralcoach.discord;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's CDN for the files members attach, on 127.0.0.1: {@code /attachments/{channel}/{id}/{name}} serves the
 * bytes (no token needed: the real URLs are signed), and one it does not have answers 404.
 */
final class FakeAttachments {
    private final FakeRest rest;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();

    FakeAttachments(FakeRest rest) {
        this.rest = rest;
        rest.serve("/attachments/", this::download);
    }

    /** Keeps the bytes of an attachment (none: it is gone); its URL. */
    String add(String channel, String id, String name, byte[] bytes) {
        if (bytes != null) {
            files.put(id, bytes.clone());
        }
        return rest.address("/attachments/" + channel + "/" + id + "/" + name + "?ex=67a1b2c3&is=67a06143&hm=ab12");
    }

    int downloads() {
        return downloads.get();
    }

    private void download(HttpExchange exchange) throws IOException {
        try (exchange) {
            downloads.incrementAndGet();
            String[] path = exchange.getRequestURI().getPath().split("/");
            String id = path.length > 3 ? path[3] : "";
            byte[] bytes = files.get(id);
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
