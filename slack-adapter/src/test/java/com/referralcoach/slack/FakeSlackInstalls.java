package com.referralcoach.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's side of installs, for {@link FakeSlackApi}: a person who approves an install gets a code (once), and
 * oauth.v2.access trades it for a bot token as Slack does (client id and secret in HTTP Basic or the form; a wrong
 * secret, an unknown code or a code used before are refused). A rotating install's token expires on the fake's clock
 * and comes with a refresh token, traded with {@code grant_type=refresh_token}. Every other method then needs a live
 * token: unknown or revoked is {@code invalid_auth}, expired is {@code token_expired}; auth.test names its workspace.
 */
final class FakeSlackInstalls {
    static final String CLIENT_ID = "1111.2222";
    static final String CLIENT_SECRET = "fake-client-secret-0123";

    /** A workspace that installs the app: {@code team} absent for an org-wide install of {@code enterprise}. */
    record Workspace(Optional<String> team, Optional<String> enterprise, String botUser, long expiresIn) {
        boolean orgWide() {
            return team.isEmpty();
        }
    }

    private record Grant(Workspace workspace, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Workspace> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Workspace> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger();

    FakeSlackInstalls(Clock clock) {
        this.clock = clock;
    }

    /** The person approved the install: the code Slack puts in the redirect. */
    String approve(Workspace workspace) {
        String code = "code-" + serial.incrementAndGet();
        codes.put(code, workspace);
        return code;
    }

    /** Every token of the team or enterprise stops working, as after an uninstall. */
    void revoke(String workspace) {
        tokens.values().removeIf(grant -> grant.workspace().team().or(() -> grant.workspace().enterprise())
                .filter(workspace::equals).isPresent());
    }

    /** Why Slack refuses {@code token}, if it does. */
    Optional<String> refusal(String token) {
        Grant grant = tokens.get(token == null ? "" : token);
        if (grant == null) {
            return Optional.of("invalid_auth");
        }
        return clock.instant().isBefore(grant.expires()) ? Optional.empty() : Optional.of("token_expired");
    }

    boolean expired(String token) {
        return refusal(token).filter("token_expired"::equals).isPresent();
    }

    void authTest(String token, Map<String, Object> out) {
        Workspace workspace = tokens.get(token).workspace();
        out.put("url", "https://fake.slack.com/");
        out.put("team_id", workspace.team().orElseGet(() -> workspace.enterprise().orElseThrow()));
        workspace.enterprise().ifPresent(e -> out.put("enterprise_id", e));
        out.put("is_enterprise_install", workspace.orgWide());
        out.put("user_id", workspace.botUser());
        out.put("bot_id", "B" + workspace.botUser());
    }

    /** oauth.v2.access: {@code basic} is the Authorization header, if any. */
    Map<String, Object> access(Map<String, String> params, String basic) {
        String[] client = basic != null && basic.startsWith("Basic ") ? new String(Base64.getDecoder()
                .decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2)
                : new String[] {params.getOrDefault("client_id", ""), params.getOrDefault("client_secret", "")};
        if (!CLIENT_ID.equals(client[0])) {
            return refused("invalid_client_id");
        }
        if (client.length < 2 || !CLIENT_SECRET.equals(client[1])) {
            return refused("bad_client_secret");
        }
        if ("refresh_token".equals(params.get("grant_type"))) {
            Workspace workspace = refreshTokens.remove(params.getOrDefault("refresh_token", ""));
            return workspace == null ? refused("invalid_refresh_token") : granted(workspace);
        }
        Workspace workspace = codes.remove(params.getOrDefault("code", ""));
        return workspace == null ? refused("invalid_code") : granted(workspace);
    }

    private Map<String, Object> granted(Workspace workspace) {
        int n = serial.incrementAndGet();
        boolean rotating = workspace.expiresIn() > 0;
        String token = (rotating ? "xoxe.xoxb-" : "xoxb-") + n + "-" + workspace.team().orElse("org");
        tokens.put(token, new Grant(workspace, rotating ? clock.instant().plusSeconds(workspace.expiresIn())
                : Instant.MAX));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("app_id", "A0COACH");
        out.put("access_token", token);
        out.put("token_type", "bot");
        out.put("scope", OAuthInstalls.BOT_SCOPES);
        out.put("bot_user_id", workspace.botUser());
        out.put("team", workspace.team().map(id -> Map.of("id", id, "name", "Team " + id)).orElse(null));
        out.put("enterprise", workspace.enterprise().map(id -> Map.of("id", id, "name", "Org " + id)).orElse(null));
        out.put("is_enterprise_install", workspace.orgWide());
        out.put("authed_user", Map.of("id", "UINSTALLER"));
        if (rotating) {
            String refresh = "xoxe-1-refresh-" + n;
            refreshTokens.put(refresh, workspace);
            out.put("refresh_token", refresh);
            out.put("expires_in", workspace.expiresIn());
        }
        return out;
    }

    private static Map<String, Object> refused(String error) {
        return Map.of("ok", false, "error", error);
    }
}
