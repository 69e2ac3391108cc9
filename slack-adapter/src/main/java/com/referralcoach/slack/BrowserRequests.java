package com.referralcoach.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The installer's browser on the OAuth paths: a {@code GET} with its query string ({@code code}, {@code state}) and
 * its cookies (the state's) handed to Bolt; Bolt's {@code Location} and {@code Set-Cookie} handed back.
 */
final class BrowserRequests {
    /** The headers of Bolt's answer passed on to the browser. */
    private static final Set<String> OUT = Set.of("location", "set-cookie", "cache-control");

    private BrowserRequests() {
    }

    static Response run(NoHandler runner, SlackRequestParser parser, HttpExchange exchange) throws Exception {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return Response.builder().statusCode(405).body("").build();
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(query(exchange.getRequestURI().getRawQuery()))
                .headers(new RequestHeaders(headers))
                .requestBody("")
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build());
        return request == null ? Response.builder().statusCode(404).body("").build() : runner.run(request);
    }

    /** The query string's parameters, each decoded; a name without a value has an empty one. */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Copies the headers of Bolt's answer a browser needs (a redirect, the state cookie) onto the exchange. */
    static void headersOut(Response response, HttpExchange exchange) {
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, values) -> {
            if (name != null && values != null && OUT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
    }
}
