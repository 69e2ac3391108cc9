package com.referralcoach.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.referralcoach.core.port.DeliveryFailure;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * Runs one Web API call with the bot token of the workspace it is for ({@link BotTokens}) and translates Slack's
 * answers at the edge: HTTP 429 and
 * {@code ratelimited} become {@link DeliveryFailure#rateLimited}, errors no retry can fix become permanent,
 * the rest (network, 5xx, unknown codes) temporary.
 */
final class SlackCalls {
    /** One call on the methods client. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    private static final Set<String> PERMANENT = Set.of("channel_not_found", "user_not_found", "not_in_channel",
            "is_archived", "account_inactive", "invalid_auth", "not_authed", "token_revoked", "cannot_dm_bot",
            "user_disabled", "msg_too_long", "msg_blocks_too_long", "invalid_blocks", "no_text", "missing_scope", "restricted_action",
            "message_not_found", "cant_update_message", "edit_window_closed", "team_access_not_granted");
    private static final Map<String, String> HINTS = Map.of(
            "channel_not_found", " (no such channel, or the bot cannot see it)",
            "not_in_channel", " (invite the bot to the channel first)",
            "invalid_auth", " (the bot token is not valid)");
    /** Slack's answers for a token that no longer works: the workspace removed the bot or revoked it. */
    private static final Set<String> DEAD_TOKEN = Set.of("token_revoked", "account_inactive", "invalid_auth",
            "team_access_not_granted");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    /** A methods client made for one workspace's current token, kept until the token changes. */
    private record Bound(String token, MethodsClient methods) {
    }

    private final Slack slack;
    private final BotTokens tokens;
    private final Gson answers;
    private final Map<String, Bound> clients = new ConcurrentHashMap<>();

    SlackCalls(Slack slack, String token) {
        this(slack, BotTokens.single(token));
    }

    SlackCalls(Slack slack, BotTokens tokens) {
        this.slack = slack;
        this.tokens = tokens;
        this.answers = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /**
     * Posts {@code form} to {@code method} as the methods client does, but reads the answer with one Gson kept for
     * good: the client's typed calls build a new Gson, and every type adapter of the answer, for each answer, which
     * was a fifth of the CPU a message took. For the calls made for every message (chat.postMessage, views.publish).
     */
    <T extends SlackApiTextResponse> T post(String team, String method, FormBody.Builder form, Class<T> type) {
        return run(team, method, m -> {
            try (Response response = m.runPostFormWithToken(form, method, tokens.of(team))) {
                String body = response.body() == null ? "" : response.body().string();
                if (response.code() != 200) {
                    throw new SlackApiException(response, body);
                }
                try {
                    return answers.fromJson(body, type);
                } catch (JsonParseException e) {
                    throw new IOException("unreadable answer", e);
                }
            }
        });
    }

    /** Runs {@code call} with the bot token of {@code team}. */
    <T extends SlackApiTextResponse> T run(String team, String method, Call<T> call) {
        T response;
        try {
            response = call.on(methods(team));
        } catch (SlackApiException e) {
            throw httpFailure(method, e);
        } catch (IOException e) {
            throw DeliveryFailure.temporary(method + " failed: " + e.getClass().getSimpleName());
        } catch (SlackFilesUploadV2Exception e) {
            throw FileUploadErrors.translate(method, e);
        }
        if (!response.isOk()) {
            throw answered(method, response.getError());
        }
        return response;
    }

    private MethodsClient methods(String team) {
        String token = tokens.of(team);
        Bound bound = clients.get(team);
        if (bound == null || !bound.token().equals(token)) {
            bound = new Bound(token, slack.methods(token));
            clients.put(team, bound);
        }
        return bound.methods();
    }

    /** What Slack's {@code "ok": false} with {@code error} means for a retry. */
    static DeliveryFailure answered(String method, String error) {
        if ("ratelimited".equals(error)) {
            return DeliveryFailure.rateLimited(DEFAULT_WAIT);
        }
        String message = method + " answered " + error + HINTS.getOrDefault(error, "");
        if ("not_in_channel".equals(error)) {
            return DeliveryFailure.notInChannel(message);
        }
        if (DEAD_TOKEN.contains(error)) {
            return DeliveryFailure.workspaceGone(message);
        }
        return PERMANENT.contains(error) ? DeliveryFailure.permanent(message) : DeliveryFailure.temporary(message);
    }

    private static DeliveryFailure httpFailure(String method, SlackApiException e) {
        int status = e.getResponse().code();
        if (status == 429) {
            return DeliveryFailure.rateLimited(retryAfter(e.getResponse().header("Retry-After")));
        }
        String message = method + " answered HTTP " + status;
        return status >= 500 || status == 408 ? DeliveryFailure.temporary(message) : DeliveryFailure.permanent(message);
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = Long.parseLong(header == null ? "" : header.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_WAIT;
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }
}
