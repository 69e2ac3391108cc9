package com.referralcoach.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bot scopes config/slack-app-manifest.yml asks for, and the scope each Web API method the bot calls needs (from
 * Slack's method reference), so the fake refuses a method the manifest gives no right to, as Slack does.
 */
final class ManifestScopes {
    /** Every method the bot may call, with the bot scope it needs ("" for none). */
    static final Map<String, String> NEEDED = Map.ofEntries(
            Map.entry("auth.test", ""),
            Map.entry("apps.connections.open", ""), // app-level token (connections:write), not a bot scope
            Map.entry("chat.postMessage", "chat:write"),
            Map.entry("chat.postEphemeral", "chat:write"),
            Map.entry("chat.update", "chat:write"),
            Map.entry("conversations.open", "im:write"),
            Map.entry("users.info", "users:read"),
            Map.entry("views.open", ""),
            Map.entry("views.update", ""),
            Map.entry("views.publish", ""),
            Map.entry("files.info", "files:read"),
            Map.entry("files.getUploadURLExternal", "files:write"),
            Map.entry("files.completeUploadExternal", "files:write"));

    private ManifestScopes() {
    }

    static Path manifest() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("config").resolve("slack-app-manifest.yml");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no config/slack-app-manifest.yml above " + dir);
    }

    /** The list under oauth_config: scopes: bot: in the manifest (a plain YAML list of scope names). */
    static Set<String> botScopes(Path manifest) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> scopes = new LinkedHashSet<>();
        boolean inBot = false;
        int indent = -1;
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int at = line.indexOf(content);
            if (content.equals("bot:")) {
                inBot = true;
                indent = at;
                continue;
            }
            if (inBot && at > indent && content.startsWith("- ")) {
                scopes.add(content.substring(2).strip());
            } else if (inBot) {
                inBot = false;
            }
        }
        return scopes;
    }

    /** The scope {@code method} needs and {@code granted} lacks, if any. */
    static Optional<String> missing(String method, Set<String> granted) {
        String needed = NEEDED.get(method);
        return needed == null || needed.isEmpty() || granted.contains(needed) ? Optional.empty() : Optional.of(needed);
    }
}
