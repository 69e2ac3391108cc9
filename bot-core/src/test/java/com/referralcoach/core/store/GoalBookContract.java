package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.GoalBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link GoalBook} must do. */
public abstract class GoalBookContract {
    private static final GoalOwner ANAS = GoalOwner.rep(ANA);
    private static final GoalOwner BOBS = GoalOwner.rep(BOB);
    private static final GoalOwner EAST = new GoalOwner(GoalOwner.Kind.TEAM, "east");

    protected abstract GoalBook goals();

    private Goal saved(WorkspaceId workspace, GoalOwner owner, GoalMetric metric, int target, GoalPeriod period) {
        Goal goal = new Goal(workspace, owner, metric, target, period, at(target));
        goals().save(goal);
        return goal;
    }

    @Test
    void keepsEveryFieldAndListsAnOwnersGoalsInMetricOrder() {
        Goal wins = saved(ACME, ANAS, GoalMetric.WINS, 2, GoalPeriod.MONTH);
        Goal asks = saved(ACME, ANAS, GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        Goal meetings = saved(ACME, ANAS, GoalMetric.MEETINGS, Goal.HIGHEST, GoalPeriod.WEEK);
        saved(ACME, BOBS, GoalMetric.ASKS, 3, GoalPeriod.WEEK);
        assertThat(goals().of(ACME, ANAS)).containsExactly(meetings, asks, wins);
        assertThat(goals().of(ACME, GoalOwner.rep(new RepId("U-NOBODY")))).isEmpty();
    }

    @Test
    void savingTheSameOwnerAndMetricReplaces() {
        saved(ACME, ANAS, GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        Goal higher = saved(ACME, ANAS, GoalMetric.ASKS, 8, GoalPeriod.MONTH);
        assertThat(goals().of(ACME, ANAS)).containsExactly(higher);
    }

    @Test
    void aRepAndATeamWithTheSameIdKeepTheirOwnGoals() {
        Goal rep = saved(ACME, new GoalOwner(GoalOwner.Kind.REP, "east"), GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        Goal team = saved(ACME, EAST, GoalMetric.ASKS, 20, GoalPeriod.WEEK);
        assertThat(goals().of(ACME, EAST)).containsExactly(team);
        assertThat(goals().of(ACME, new GoalOwner(GoalOwner.Kind.REP, "east"))).containsExactly(rep);
    }

    @Test
    void removeTakesOneGoalAndSaysWhetherThereWasOne() {
        saved(ACME, ANAS, GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        Goal thanks = saved(ACME, ANAS, GoalMetric.THANKS, 3, GoalPeriod.WEEK);
        assertThat(goals().remove(ACME, ANAS, GoalMetric.ASKS)).isTrue();
        assertThat(goals().remove(ACME, ANAS, GoalMetric.ASKS)).isFalse();
        assertThat(goals().remove(ACME, BOBS, GoalMetric.THANKS)).isFalse();
        assertThat(goals().of(ACME, ANAS)).containsExactly(thanks);
    }

    @Test
    void ofAllReadsEveryOwnerAtOnce() {
        Goal a = saved(ACME, ANAS, GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        Goal b = saved(ACME, BOBS, GoalMetric.REFERRALS, 2, GoalPeriod.MONTH);
        Goal t = saved(ACME, EAST, GoalMetric.WINS, 9, GoalPeriod.MONTH);
        saved(ACME, GoalOwner.rep(new RepId("U-CARL")), GoalMetric.ASKS, 1,
                GoalPeriod.WEEK);
        assertThat(goals().ofAll(ACME, List.of(ANAS, BOBS, EAST, ANAS))).containsExactlyInAnyOrder(a, b, t);
        assertThat(goals().ofAll(ACME, List.of())).isEmpty();
    }

    @Test
    void workspacesAreIsolated() {
        Goal acme = saved(ACME, ANAS, GoalMetric.ASKS, 5, GoalPeriod.WEEK);
        assertThat(goals().of(GLOBEX, ANAS)).isEmpty();
        assertThat(goals().ofAll(GLOBEX, List.of(ANAS))).isEmpty();
        assertThat(goals().remove(GLOBEX, ANAS, GoalMetric.ASKS)).isFalse();
        Goal globex = saved(GLOBEX, ANAS, GoalMetric.ASKS, 7, GoalPeriod.MONTH);
        assertThat(goals().of(ACME, ANAS)).containsExactly(acme);
        assertThat(goals().of(GLOBEX, ANAS)).containsExactly(globex);
    }

    @Test
    void keepsHostileOwnerIdsLiterally() {
        for (String text : HOSTILE) {
            GoalOwner owner = new GoalOwner(GoalOwner.Kind.TEAM, text);
            Goal goal = saved(ACME, owner, GoalMetric.UPDATES, 4, GoalPeriod.WEEK);
            assertThat(goals().of(ACME, owner)).as(text).containsExactly(goal);
        }
        assertThat(goals().of(ACME, new GoalOwner(GoalOwner.Kind.TEAM, "$ne"))).isEmpty();
        assertThat(goals().ofAll(ACME, List.of(new GoalOwner(GoalOwner.Kind.TEAM, "a|b")))).hasSize(1);
    }
}
