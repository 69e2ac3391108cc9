package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An install through OAuth as the installer's browser and Slack see it, and the ways it is refused. */
@ExtendWith(EmbeddedMongo.class)
class SlackInstallFlowTest {
    private static final FakeSlackInstalls.Workspace ACME_INSTALL = new FakeSlackInstalls.Workspace(
            java.util.Optional.of("T0ACME1"), java.util.Optional.empty(), "UBOTACME", 0);
    private InstallRig rig;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        rig = new InstallRig(db);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void installStartsWithTheStateInASecureHttpOnlyCookieAndSendsThePersonToSlack() throws Exception {
        HttpResponse<String> started = rig.get(SlackSettings.OAuth.INSTALL_PATH);

        assertThat(started.statusCode()).isEqualTo(302);
        String cookie = started.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("slack-app-oauth-state=").contains("Secure").contains("HttpOnly");
        String state = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        String location = URLDecoder.decode(started.headers().firstValue("Location").orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(location).startsWith("https://slack.com/oauth/v2/authorize")
                .contains("client_id=" + FakeSlackInstalls.CLIENT_ID).contains("scope=" + OAuthInstalls.BOT_SCOPES)
                .contains("state=" + state);
    }

    @Test
    void aForgedStateAReusedCodeAndAWrongSecretInstallNothing() throws Exception {
        String code = rig.slack.approve(ACME_INSTALL);
        String cookie = rig.get(SlackSettings.OAuth.INSTALL_PATH).headers().firstValue("Set-Cookie").orElseThrow()
                .split(";")[0];
        String state = cookie.substring(cookie.indexOf('=') + 1);

        // Bolt answers a failed install with its failure page (HTTP 200) naming the reason.
        assertThat(rig.get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + code + "&state=forged", "Cookie",
                "slack-app-oauth-state=forged").body()).as("a state not signed by us").contains("invalid_state");
        assertThat(rig.get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + code + "&state=" + state).body())
                .as("no cookie").contains("invalid_state");
        assertThat(rig.installations.installation(new WorkspaceId("T0ACME1"))).isEmpty();

        assertThat(rig.get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + code + "&state=" + state, "Cookie", cookie)
                .body()).doesNotContain("invalid_");
        String token = rig.installations.installation(new WorkspaceId("T0ACME1")).orElseThrow().botToken();
        assertThat(rig.get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + code + "&state=" + state, "Cookie", cookie)
                .body()).as("the code again").contains("invalid_code");
        assertThat(rig.installations.installation(new WorkspaceId("T0ACME1")).orElseThrow().botToken())
                .isEqualTo(token);

        var wrongSecret = com.slack.api.Slack.getInstance(rig.api.slackConfig()).methods().oauthV2Access(r -> r
                .clientId(FakeSlackInstalls.CLIENT_ID).clientSecret("not-the-secret")
                .code(rig.slack.approve(ACME_INSTALL)));
        assertThat(wrongSecret.getError()).isEqualTo("bad_client_secret");
    }
}
