package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.discord.FakeDiscord.Server;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member without Manage Server, who is no manager either, tries every manager-only action with /coach in the
 * server (the interaction carries the member's permissions): each gets the polite no that says who can, and the
 * teams, goals, managers and digests stay as the manager left them.
 */
@ExtendWith(EmbeddedMongo.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ManagerOnlyActionsEndToEndTest {
    private static final String ONLY_MANAGERS = "Sorry, only managers and workspace admins can ";
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, DiscordRig.ZONE)
            .toInstant());
    private DiscordRig rig;
    private Server acme;
    private Map<String, String> members;
    private String managersLeftIt;

    @BeforeAll
    void teamEastAsItsManagerLeftIt(MongoDatabase db) throws Exception {
        rig = DiscordRig.startWithDigests(db, clock, "Acme Sales");
        acme = rig.discord.server(0);
        String mona = rig.discord.manager("mona");
        members = Map.of("{dana}", rig.discord.user("dana"), "{ana}", rig.discord.user("ana"),
                "{ben}", rig.discord.user("ben"), "{cy}", rig.discord.user("cy"), "{sales}", acme.channelId());
        List.of("{ana}", "{ben}", "{cy}", "{dana}").forEach(member -> say(members.get(member), "help"));
        assertThat(say(mona, filled("make <@{dana}> a manager"))).startsWith(filled("Saved: member {dana} is a"));
        assertThat(say(members.get("{dana}"), filled("team East: <@{ana}> <@{ben}>")))
                .startsWith("Saved: team East is");
        assertThat(say(members.get("{dana}"), "team East goal 20 referrals per month"))
                .startsWith("Saved: team East's goal");
        assertThat(say(members.get("{dana}"), filled("digest East to <#{sales}> every monday 9:00")))
                .startsWith("Saved: team East's digest goes to #");
        managersLeftIt = standing();
    }

    @AfterAll
    void stop() throws Exception {
        rig.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "->", quoteCharacter = '"', textBlock = """
            make <@{cy}> a manager                          -> Sorry, only a workspace admin can make someone a manager. Ask
            remove <@{dana}> as manager                     -> Sorry, only a workspace admin can remove a manager. Ask
            team East: <@{ana}>                             -> form or change teams. East's manager is member {dana}.
            team West: <@{ana}> <@{cy}>                     -> form or change teams. A workspace admin can make someone
            add <@{cy}> to team East                        -> change teams. East's manager is member {dana}.
            remove <@{ben}> from team East                  -> change teams. East's manager is member {dana}.
            manager of East: <@{ana}>                       -> name a team's manager. East's manager is member {dana}.
            team East tz Europe/Paris                       -> change a team's time zone. East's manager is member {dana}.
            team East goal 30 referrals per month           -> set team goals. East's manager is member {dana}.
            team East remove goal referrals                 -> change team goals. East's manager is member {dana}.
            digest East to <#{sales}> every friday 16:00    -> schedule digests. East's manager is member {dana}.
            stop digest East                                -> stop digests. East's manager is member {dana}.
            digest East now                                 -> see a team's digest. East's manager is member {dana}.
            """)
    void aMemberWithoutManageServerIsRefusedPolitelyAndNothingChanges(String message, String refusal) {
        String answer = say(members.get("{ana}"), filled(message));

        assertThat(answer).startsWith(filled(refusal.startsWith("Sorry") ? refusal : ONLY_MANAGERS + refusal));
        assertThat(standing()).isEqualTo(managersLeftIt);
        assertThat(rig.discord.messagesIn(acme.channelId())).isEmpty();
    }

    private String say(String member, String text) {
        return rig.coach(acme, member, text).strip();
    }

    private String filled(String template) {
        String text = template;
        for (Map.Entry<String, String> member : members.entrySet()) {
            text = text.replace(member.getKey(), member.getValue());
        }
        return text;
    }

    /** Teams and team goals as any member reads them, who is a manager, and the digest schedules stored. */
    private String standing() {
        WorkspaceId server = new WorkspaceId(acme.id());
        String managers = members.values().stream().filter(id -> rig.store.teams().isManager(server, new RepId(id)))
                .sorted().collect(Collectors.joining(", "));
        return say(members.get("{cy}"), "teams") + "\n" + say(members.get("{cy}"), "team East goals")
                + "\nmanagers: " + managers + "\ndigests: " + rig.store.digests().all();
    }
}
