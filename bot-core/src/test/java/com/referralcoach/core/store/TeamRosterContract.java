package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.TeamRoster;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link TeamRoster} must do. */
public abstract class TeamRosterContract {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    protected abstract TeamRoster teams();

    private static Team team(WorkspaceId workspace, String name, RepId... members) {
        return new Team(workspace, name, Set.of(members), Optional.empty(), BERLIN);
    }

    @Test
    void keepsEveryFieldAndFindsByKey() {
        Team east = new Team(ACME, "Éast  Côast", Set.of(ANA, BOB), Optional.of(new RepId("U-BOSS")),
                ZoneId.of("America/New_York"));
        teams().save(east);
        assertThat(teams().find(ACME, "east coast")).contains(east);
        assertThat(teams().find(ACME, Team.keyOf("EAST COAST"))).contains(east);
        Team bare = team(ACME, "West");
        teams().save(bare);
        assertThat(teams().find(ACME, "west")).contains(bare);
        assertThat(teams().find(ACME, "north")).isEmpty();
    }

    @Test
    void keepsTheTeamsIdealReferralUntilCleared() {
        Team east = team(ACME, "East", ANA).withIdeal(Optional.of("IT directors in healthcare"));
        teams().save(east);
        assertThat(teams().find(ACME, "east")).contains(east);
        assertThat(teams().teamOf(ACME, ANA).flatMap(Team::ideal)).contains("IT directors in healthcare");
        teams().save(east.withIdeal(Optional.empty()));
        assertThat(teams().find(ACME, "east").orElseThrow().ideal()).isEmpty();
    }

    @Test
    void savingTheSameKeyReplaces() {
        teams().save(team(ACME, "East", ANA));
        Team renamed = team(ACME, "EAST", BOB).withManager(ANA).withZone(ZoneId.of("UTC"));
        teams().save(renamed);
        assertThat(teams().all(ACME)).containsExactly(renamed);
        assertThat(teams().teamOf(ACME, ANA)).isEmpty();
        assertThat(teams().teamOf(ACME, BOB)).contains(renamed);
    }

    @Test
    void allByNameAndTeamOfAMember() {
        Team west = team(ACME, "west", BOB);
        Team east = team(ACME, "East", ANA);
        Team empty = team(ACME, "Nobody");
        teams().save(west);
        teams().save(east);
        teams().save(empty);
        assertThat(teams().all(ACME)).containsExactly(east, empty, west);
        assertThat(teams().teamOf(ACME, ANA)).contains(east);
        assertThat(teams().teamOf(ACME, BOB)).contains(west);
        assertThat(teams().teamOf(ACME, new RepId("U-NOBODY"))).isEmpty();
    }

    @Test
    void workspacesAreIsolated() {
        Team acme = team(ACME, "East", ANA);
        teams().save(acme);
        assertThat(teams().find(GLOBEX, "east")).isEmpty();
        assertThat(teams().all(GLOBEX)).isEmpty();
        assertThat(teams().teamOf(GLOBEX, ANA)).isEmpty();
        Team globex = team(GLOBEX, "East", BOB);
        teams().save(globex);
        assertThat(teams().find(ACME, "east")).contains(acme);
        assertThat(teams().find(GLOBEX, "east")).contains(globex);
        assertThat(teams().teamOf(GLOBEX, ANA)).isEmpty();
        teams().appoint(ACME, ANA);
        assertThat(teams().isManager(GLOBEX, ANA)).isFalse();
        assertThat(teams().dismiss(GLOBEX, ANA)).isFalse();
        assertThat(teams().isManager(ACME, ANA)).isTrue();
    }

    @Test
    void separatorsInIdsDoNotMakeTheSameId() {
        Team one = team(new WorkspaceId("T|a"), "b|c", ANA);
        Team two = team(new WorkspaceId("T"), "a|b|c", BOB);
        teams().save(one);
        teams().save(two);
        assertThat(teams().find(new WorkspaceId("T|a"), "b|c")).contains(one);
        assertThat(teams().find(new WorkspaceId("T"), "a|b|c")).contains(two);
        teams().appoint(new WorkspaceId("T|a"), new RepId("b"));
        assertThat(teams().isManager(new WorkspaceId("T"), new RepId("a|b"))).isFalse();
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            String name = text.strip().isEmpty() || text.strip().length() > Team.LONGEST_NAME ? "x" + text : text;
            Team odd = new Team(ACME, name, Set.of(new RepId(text)), Optional.of(new RepId(text)), BERLIN);
            teams().save(odd);
            assertThat(teams().find(ACME, odd.key())).as(text).contains(odd);
            assertThat(teams().teamOf(ACME, new RepId(text))).as(text).contains(odd);
            teams().appoint(ACME, new RepId(text));
            assertThat(teams().isManager(ACME, new RepId(text))).as(text).isTrue();
        }
        assertThat(teams().all(ACME)).hasSizeLessThanOrEqualTo(HOSTILE.size()).hasSizeGreaterThan(10);
        assertThat(teams().find(ACME, "{\"$gt\": \"\"}")).isPresent();
        assertThat(teams().find(ACME, ".*")).isPresent();
        assertThat(teams().isManager(ACME, new RepId(".*"))).isTrue();
        assertThat(teams().isManager(ACME, new RepId("$ne"))).isFalse();
    }

    @Test
    void appointingTwiceKeepsOneManagerAndDismissingEndsIt() {
        assertThat(teams().isManager(ACME, ANA)).isFalse();
        teams().appoint(ACME, ANA);
        teams().appoint(ACME, ANA);
        assertThat(teams().isManager(ACME, ANA)).isTrue();
        assertThat(teams().isManager(ACME, BOB)).isFalse();
        assertThat(teams().dismiss(ACME, ANA)).isTrue();
        assertThat(teams().dismiss(ACME, ANA)).isFalse();
        assertThat(teams().isManager(ACME, ANA)).isFalse();
    }
}
