package com.referralcoach.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads a file shared in Slack from its private URL, with the bot token in an {@code Authorization: Bearer}
 * header, as Slack asks. Redirects are not followed: the token goes only to Slack's own file host (or the API's
 * host, a local fake in tests). Slack answers a request it won't serve (a token without {@code files:read}) with
 * its sign-in page, not an error, so an HTML answer for a file that is not HTML is refused too. Every refusal is an
 * {@link IOException} whose message the rep can read.
 */
final class SlackFileDownloads {
    private final OkHttpClient http;
    private final BotTokens tokens;
    private final String apiHost;

    SlackFileDownloads(OkHttpClient http, String token, URI apiUrl) {
        this(http, BotTokens.single(token), apiUrl);
    }

    SlackFileDownloads(OkHttpClient http, BotTokens tokens, URI apiUrl) {
        this.http = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.tokens = tokens;
        this.apiHost = apiUrl.getHost();
    }

    /** Whether the bot token may be sent to {@code url}: Slack's file hosts, or the host of the API in use. */
    boolean isSlacks(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && (host.equals(apiHost) || host.equals("slack.com") || host.endsWith(".slack.com"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The file's bytes as they arrive, fetched with {@code team}'s token; {@code mimetype}: what Slack says it is. */
    InputStream open(String team, String url, String mimetype) throws IOException {
        if (!isSlacks(url)) {
            throw new IOException("it is not stored on Slack, so I can't download it");
        }
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + tokens.of(team)).get()
                .build();
        Response response = http.newCall(request).execute();
        int status = response.code();
        ResponseBody body = response.body();
        String type = body == null || body.contentType() == null ? ""
                : body.contentType().toString().toLowerCase(Locale.ROOT);
        if (status == 200 && body != null && !(type.startsWith("text/html") && !isHtml(mimetype))) {
            return body.byteStream();
        }
        response.close();
        throw new IOException(refusal(status, type));
    }

    private static boolean isHtml(String mimetype) {
        return mimetype != null && mimetype.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private static String refusal(int status, String type) {
        if (status == 200 || status / 100 == 3 || status == 401 || status == 403) {
            return "Slack didn't let me download it (" + (type.startsWith("text/html") && status == 200
                    ? "it answered with its sign-in page" : "HTTP " + status) + "); the app may lack the files:read"
                    + " permission, so ask whoever installed it to reinstall it from its manifest";
        }
        if (status == 404 || status == 410) {
            return "it is no longer on Slack (HTTP " + status + "); share it with me again";
        }
        return "Slack couldn't hand it over just now (HTTP " + status + "); share it again in a moment";
    }
}
