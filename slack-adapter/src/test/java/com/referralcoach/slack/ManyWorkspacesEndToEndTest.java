package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many workspaces on one deployment: each answered with its own token, an uninstall, a rotation, an org. */
@ExtendWith(EmbeddedMongo.class)
class ManyWorkspacesEndToEndTest {
    private static final String JSON = "application/json";
    private static final String ACME = "T0ACME1";
    private static final String GLOBEX = "T0GLOBX";
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final FakeSlackInstalls.Workspace ACME_INSTALL = new FakeSlackInstalls.Workspace(
            Optional.of(ACME), Optional.empty(), "UBOTACME", 0);
    /** A rotating install: its token lasts 12 hours. */
    private static final FakeSlackInstalls.Workspace GLOBEX_INSTALL = new FakeSlackInstalls.Workspace(
            Optional.of(GLOBEX), Optional.empty(), "UBOTGLBX", 12 * 3600);
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
    void twoWorkspacesInstalledEachAnsweredWithItsOwnTokenUntilOneUninstalls() throws Exception {
        assertThat(rig.install(ACME_INSTALL).statusCode()).isEqualTo(200);
        assertThat(rig.install(GLOBEX_INSTALL).statusCode()).isEqualTo(200);
        Installation acme = rig.installations.installation(new WorkspaceId(ACME)).orElseThrow();
        Installation globex = rig.installations.installation(new WorkspaceId(GLOBEX)).orElseThrow();
        assertThat(acme.botToken()).isNotEqualTo(globex.botToken());
        assertThat(globex.refreshToken()).isPresent();
        assertThat(acme.scopes()).containsExactlyInAnyOrder(OAuthInstalls.BOT_SCOPES.split(","));
        assertThat(acme.botUserId()).isEqualTo("UBOTACME");
        assertThat(Duration.between(rig.clock.instant(), globex.expiresAt().orElseThrow()))
                .isBetween(Duration.ofHours(11), Duration.ofHours(12).plusMinutes(1));

        rig.events.post(SlackPayloads.directMessage(ACME, "UA1", "Jane Doe referred Tom Lee at Initech", "EvA1")
                .toString(), JSON);
        rig.events.post(SlackPayloads.directMessage(GLOBEX, "UG1", "pipeline", "EvG1").toString(), JSON);

        await().atMost(BOUND).until(() -> rig.posts("DUA1").size() == 1 && rig.posts("DUG1").size() == 1);
        assertThat(rig.posts("DUA1").get(0).token()).isEqualTo(acme.botToken());
        assertThat(SeenInSlack.text(rig.posts("DUA1").get(0))).contains("Tom Lee");
        assertThat(rig.posts("DUG1").get(0).token()).isEqualTo(globex.botToken());
        assertThat(SeenInSlack.text(rig.posts("DUG1").get(0))).doesNotContain("Tom Lee");

        assertThat(rig.events.post(SlackPayloads.appEvent(ACME, "app_uninstalled", new JsonObject(), "EvUn")
                .toString(), JSON).statusCode()).isEqualTo(200);
        rig.slack.revoke(ACME);
        assertThat(rig.installations.installation(new WorkspaceId(ACME))).isEmpty();
        int callsBefore = rig.api.all().size();
        assertThat(InstallRig.failure(rig.bot.send(new WorkspaceId(ACME), new RepId("UA1"), Reply.of("follow up"))))
                .isInstanceOf(DeliveryFailure.class).matches(f -> ((DeliveryFailure) f).isWorkspaceGone());
        assertThat(rig.api.all()).as("nothing sent to the uninstalled workspace").hasSize(callsBefore);
        rig.bot.send(new WorkspaceId(GLOBEX), new RepId("UG1"), Reply.of("follow up with Tom")).join();
        assertThat(rig.posts("DUG1")).hasSize(2);
    }

    @Test
    void aRevokedBotTokenStopsSendsUntilTheWorkspaceInstallsAgain() throws Exception {
        rig.install(ACME_INSTALL);
        String first = rig.installations.installation(new WorkspaceId(ACME)).orElseThrow().botToken();
        JsonObject revoked = new JsonObject();
        com.google.gson.JsonArray bots = new com.google.gson.JsonArray();
        bots.add("UBOTACME");
        revoked.add("bot", bots);
        JsonObject tokens = new JsonObject();
        tokens.add("tokens", revoked);
        rig.events.post(SlackPayloads.appEvent(ACME, "tokens_revoked", tokens, "EvRevoked").toString(), JSON);
        rig.slack.revoke(ACME);

        assertThat(InstallRig.failure(rig.bot.send(new WorkspaceId(ACME), new RepId("UA1"), Reply.of("ask Jane"))))
                .isInstanceOf(DeliveryFailure.class).matches(f -> ((DeliveryFailure) f).isWorkspaceGone());
        rig.install(ACME_INSTALL);
        rig.bot.send(new WorkspaceId(ACME), new RepId("UA1"), Reply.of("ask Jane")).join();
        assertThat(rig.posts("DUA1")).singleElement().extracting(FakeSlackApi.Call::token).isNotEqualTo(first)
                .isEqualTo(rig.installations.installation(new WorkspaceId(ACME)).orElseThrow().botToken());
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeASendAndTheNewOneKept() throws Exception {
        rig.install(GLOBEX_INSTALL);
        String first = rig.installations.installation(new WorkspaceId(GLOBEX)).orElseThrow().botToken();
        rig.clock.advance(Duration.ofHours(12).plusSeconds(1));
        assertThat(rig.slack.expired(first)).isTrue();

        rig.bot.send(new WorkspaceId(GLOBEX), new RepId("UG1"), Reply.of("time to ask Jane")).join();

        Installation refreshed = rig.installations.installation(new WorkspaceId(GLOBEX)).orElseThrow();
        assertThat(refreshed.botToken()).isNotEqualTo(first);
        assertThat(Duration.between(rig.clock.instant(), refreshed.expiresAt().orElseThrow()))
                .isBetween(Duration.ofHours(12).minusSeconds(1), Duration.ofHours(12));
        List<FakeSlackApi.Call> refreshes = rig.api.calls("oauth.v2.access").stream()
                .filter(c -> c.param("grant_type").equals("refresh_token")).toList();
        assertThat(refreshes).hasSize(1);
        assertThat(rig.posts("DUG1")).singleElement().extracting(FakeSlackApi.Call::token)
                .isEqualTo(refreshed.botToken());
    }

    @Test
    void anOrgWideInstallAnswersEveryTeamOfTheOrganisationUntilTheOrganisationUninstalls() throws Exception {
        FakeSlackInstalls.Workspace grid = new FakeSlackInstalls.Workspace(Optional.empty(), Optional.of("E0GRID1"),
                "UBOTGRID", 0);
        assertThat(rig.install(grid).statusCode()).isEqualTo(200);
        Installation org = rig.installations.installation(new WorkspaceId("E0GRID1")).orElseThrow();
        assertThat(org.orgWide()).isTrue();

        rig.events.post(InstallRig.orgWide(SlackPayloads.directMessage("T0SALES", "US1", "pipeline", "EvS1"),
                "E0GRID1").toString(), JSON);
        await().atMost(BOUND).until(() -> rig.posts("DUS1").size() == 1);
        assertThat(rig.posts("DUS1").get(0).token()).isEqualTo(org.botToken());

        rig.bot.send(new WorkspaceId("T0SALES"), new RepId("US1"), Reply.of("a reminder")).join();
        assertThat(rig.posts("DUS1")).hasSize(2).allMatch(post -> post.token().equals(org.botToken()));

        rig.events.post(InstallRig.orgWide(SlackPayloads.appEvent("E0GRID1", "app_uninstalled", new JsonObject(),
                "EvOrgUn"), "E0GRID1").toString(), JSON);
        assertThat(rig.installations.installation(new WorkspaceId("T0SALES"))).isEmpty();
        assertThat(InstallRig.failure(rig.bot.send(new WorkspaceId("T0SALES"), new RepId("US1"), Reply.of("again"))))
                .isInstanceOf(DeliveryFailure.class).matches(f -> ((DeliveryFailure) f).isWorkspaceGone());
        assertThat(rig.posts("DUS1")).hasSize(2);
    }
}
