package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rep who is neither a Slack admin (users.info) nor a manager tries every manager-only action in their DM: each
 * gets the polite no that says who can, and the teams, goals, managers and digests stay as the manager left them.
 */
@ExtendWith(EmbeddedMongo.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerOnlyActionsTest {
    private static final WorkspaceId WS = new WorkspaceId(TEAM);
    private static final String ADMIN = "U0ADA";
    private static final String DANA = "U0DANA";
    private static final String ANA = "U0ANA";
    private static final String BEN = "U0BEN";
    private static final String CY = "U0CY";
    private static final String SALES_EAST = "C0EAST";
    private static final String ONLY_MANAGERS = "Sorry, only managers and workspace admins can ";

    private SlackRig rig;
    private SlackChat chat;
    private String managersLeftIt;

    @BeforeAll
    void teamEastAsItsManagerLeftIt(MongoDatabase db) throws Exception {
        rig = SlackRig.socketModeWithDigests(db);
        chat = new SlackChat(rig);
        rig.api.userRoles(ADMIN, "is_admin");
        List.of(ANA, BEN, CY, DANA).forEach(user -> rig.api.userZone(user, "Europe/Berlin"));
        rig.api.userName(DANA, "Dana Boss");
        List.of(ANA, BEN, CY, DANA).forEach(user -> chat.say(user, "help"));
        assertThat(chat.say(ADMIN, "make <@" + DANA + "> a manager")).startsWith("Saved: Dana Boss is a manager");
        assertThat(chat.say(DANA, "team East: <@" + ANA + "> <@" + BEN + ">")).startsWith("Saved: team East is");
        assertThat(chat.say(DANA, "team East goal 20 referrals per month")).startsWith("Saved: team East's goal");
        assertThat(chat.say(DANA, "digest East to <#" + SALES_EAST + "|sales-east> every monday 9:00"))
                .startsWith("Saved: team East's digest goes to #sales-east");
        managersLeftIt = standing();
    }

    @AfterAll
    void stop() throws Exception {
        rig.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "->", quoteCharacter = '"', textBlock = """
            make <@U0CY> a manager                           -> Sorry, only a workspace admin can make someone a manager. Ask the admin
            remove <@U0DANA> as manager                      -> Sorry, only a workspace admin can remove a manager. Ask the admin
            team East: <@U0ANA>                              -> form or change teams. East's manager is Dana Boss.
            team West: <@U0ANA> <@U0CY>                      -> form or change teams. A workspace admin can make someone a manager
            add <@U0CY> to team East                         -> change teams. East's manager is Dana Boss.
            remove <@U0BEN> from team East                   -> change teams. East's manager is Dana Boss.
            manager of East: <@U0ANA>                        -> name a team's manager. East's manager is Dana Boss.
            team East tz Europe/Paris                        -> change a team's time zone. East's manager is Dana Boss.
            team East goal 30 referrals per month            -> set team goals. East's manager is Dana Boss.
            team East remove goal referrals                  -> change team goals. East's manager is Dana Boss.
            digest East to <#C0WINS|wins> every friday 16:00 -> schedule digests. East's manager is Dana Boss.
            stop digest East                                 -> stop digests. East's manager is Dana Boss.
            digest East now                                  -> see a team's digest. East's manager is Dana Boss.
            """)
    void aPlainRepIsRefusedPolitelyAndNothingChanges(String message, String refusal) {
        String answer = chat.say(ANA, message);

        assertThat(answer).startsWith(refusal.startsWith("Sorry") ? refusal : ONLY_MANAGERS + refusal);
        assertThat(standing()).isEqualTo(managersLeftIt);
        assertThat(chat.postsIn(SALES_EAST)).isEmpty();
        assertThat(chat.postsIn("C0WINS")).isEmpty();
        assertThat(rig.api.calls("files.getUploadURLExternal")).isEmpty();
    }

    /** Teams and team goals as anyone reads them in Slack, who is a manager, and the digest schedules stored. */
    private String standing() {
        String managers = List.of(ADMIN, DANA, ANA, BEN, CY).stream()
                .filter(user -> rig.store.teams().isManager(WS, new RepId(user))).collect(Collectors.joining(", "));
        return chat.say(CY, "teams") + "\n" + chat.say(CY, "team East goals") + "\nmanagers: " + managers
                + "\ndigests: " + rig.store.digests().all();
    }
}
