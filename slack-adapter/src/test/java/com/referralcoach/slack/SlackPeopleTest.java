package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.testing.TestClock;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where every DM, /coach command and form becomes the engine's {@link IncomingMessage} (CoachDesk asks
 * {@link SlackPeople#said}): admin standing comes from users.info, over real SDK calls to the fake Web API.
 */
class SlackPeopleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    private FakeSlackApi api;
    private Slack slack;
    private SlackPeople people;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        people = new SlackPeople(new SlackCalls(slack, SlackRig.BOT_TOKEN), clock, Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
    }

    @Test
    void adminsAndOwnersSpeakAsWorkspaceAdminsAndRepsDoNot() {
        api.userRoles("UADMIN", "is_admin");
        api.userRoles("UOWNER", "is_owner");
        api.userRoles("UPRIME", "is_owner", "is_primary_owner");

        IncomingMessage fromAdmin = people.said(TEAM, "UADMIN", "name Jane Doe as manager");
        assertThat(fromAdmin.workspaceAdmin()).isTrue();
        assertThat(fromAdmin.text()).isEqualTo("name Jane Doe as manager");
        assertThat(fromAdmin.repName()).isEqualTo("Rep UADMIN");
        assertThat(fromAdmin.workspace().value()).isEqualTo(TEAM);
        assertThat(people.said(TEAM, "UOWNER", "help").workspaceAdmin()).isTrue();
        assertThat(people.said(TEAM, "UPRIME", "help").workspaceAdmin()).isTrue();
        assertThat(people.said(TEAM, "UREP", "help").workspaceAdmin()).isFalse();
    }

    @Test
    void standingIsRememberedForAFewMinutesThenAskedAgain() {
        api.userRoles("U5", "is_admin");
        assertThat(people.said(TEAM, "U5", "help").workspaceAdmin()).isTrue();
        api.userRoles("U5");

        clock.advance(Duration.ofMinutes(4));
        assertThat(people.said(TEAM, "U5", "help").workspaceAdmin()).isTrue();
        assertThat(api.calls("users.info")).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(people.said(TEAM, "U5", "help").workspaceAdmin()).isFalse();
        assertThat(api.calls("users.info")).hasSize(2);
    }

    @Test
    void whenSlackCannotBeAskedTheMessageGoesOnFromANonAdmin() {
        api.userRoles("U6", "is_admin");
        api.rateLimit("users.info", 1, 30);

        IncomingMessage message = people.said(TEAM, "U6", "pipeline");
        assertThat(message.workspaceAdmin()).isFalse();
        assertThat(message.text()).isEqualTo("pipeline");

        assertThat(people.said(TEAM, "U6", "pipeline").workspaceAdmin()).isTrue();
    }

    @Test
    void aStaleEntryKeepsTheNameButNotTheAdminStandingWhenSlackFails() {
        api.userRoles("U7", "is_owner");
        assertThat(people.said(TEAM, "U7", "help").workspaceAdmin()).isTrue();
        clock.advance(Duration.ofMinutes(6));
        api.rateLimit("users.info", 1, 30);

        IncomingMessage message = people.said(TEAM, "U7", "help");
        assertThat(message.workspaceAdmin()).isFalse();
        assertThat(message.repName()).isEqualTo("Rep U7");
    }
}
