package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The app's manifest asks for every scope the bot's calls need; the fake refuses a call the manifest gives no right to. */
class ManifestScopesTest {
    private static final Pattern CALL = Pattern.compile("calls\\.(?:run|post)\\([^;\"]*?\"([^\"]+)\"");
    /** The SDK's calls that stand for several Web API methods. */
    private static final Map<String, List<String>> SDK_CALLS = Map.of(
            "filesUploadV2", List.of("files.getUploadURLExternal", "files.completeUploadExternal"));

    @Test
    void everyMethodTheBotCallsHasItsScopeInTheManifest() throws IOException {
        Set<String> granted = ManifestScopes.botScopes(ManifestScopes.manifest());
        Set<String> called = new HashSet<>(Set.of("apps.connections.open"));
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher call = CALL.matcher(Files.readString(source));
                while (call.find()) {
                    called.addAll(SDK_CALLS.getOrDefault(call.group(1), List.of(call.group(1))));
                }
            }
        }

        assertThat(called).contains("chat.postMessage", "files.completeUploadExternal", "files.info", "users.info");
        assertThat(ManifestScopes.NEEDED.keySet()).as("methods whose scope is known").containsAll(called);
        assertThat(called).allSatisfy(method -> assertThat(ManifestScopes.missing(method, granted))
                .as("scope of " + method).isEmpty());
        assertThat(granted).contains("files:read", "files:write", "chat:write", "im:write", "im:history", "users:read");
    }

    @Test
    void anInstallAsksForTheManifestsScopes() {
        assertThat(Set.of(OAuthInstalls.BOT_SCOPES.split(",")))
                .isEqualTo(ManifestScopes.botScopes(ManifestScopes.manifest()));
    }

    @Test
    void theFakeRefusesAChartWhenTheScopeIsMissing() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi();
             ChannelPacer pacer = new ChannelPacer(Duration.ZERO, 1, 0)) {
            Set<String> withoutFiles = new HashSet<>(ManifestScopes.botScopes(ManifestScopes.manifest()));
            withoutFiles.remove("files:write");
            api.grantOnly(withoutFiles);
            com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
            config.setMethodsEndpointUrlPrefix(api.apiUrl());
            SlackUploads uploads = new SlackUploads(new SlackCalls(com.slack.api.Slack.getInstance(config),
                    SlackRig.BOT_TOKEN), pacer);

            Throwable failure = uploads.share(FakeSlackApi.TEAM, "C0SALES",
                    List.of(new Attachment("chart.png", "image/png",
                    new byte[] {1, 2, 3}, "chart"))).handle((ok, e) -> e).join();

            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            assertThat(cause).isInstanceOf(DeliveryFailure.class).hasMessageContaining("missing_scope");
        }
    }
}
