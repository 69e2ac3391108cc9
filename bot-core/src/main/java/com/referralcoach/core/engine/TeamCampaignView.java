package com.referralcoach.core.engine;

import com.referralcoach.core.digest.CampaignProgress;
import com.referralcoach.core.digest.Counts;
import com.referralcoach.core.digest.Period;
import com.referralcoach.core.digest.Scoreboard;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "team East referral month": the team's campaign from the tallies, each member's people asked of people planned. */
final class TeamCampaignView {
    private final TeamRoster teams;
    private final ActivityTally tallies;
    private final RepRoster reps;

    TeamCampaignView(TeamRoster teams, ActivityTally tallies, RepRoster reps) {
        this.teams = teams;
        this.tallies = tallies;
        this.reps = reps;
    }

    /** This month's campaign in the team's zone, or next month's when this month has none. */
    Reply of(String name, Conversation c) {
        Optional<Team> found = teams.find(c.workspace(), Team.keyOf(name));
        if (found.isEmpty()) {
            return Reply.of("There is no team " + name + ". \"teams\" lists them.");
        }
        Team team = found.get();
        Period month = Period.holding(GoalPeriod.MONTH, c.instant(), team.zone());
        Period next = new Period(GoalPeriod.MONTH, month.next(), team.zone());
        Scoreboard board = new Scoreboard(tallies.read(c.workspace(), team.members(), month.start(),
                next.end()));
        Period shown = board.total(team.members(), month.start(), month.end()).of(
                ActivityKind.REFERRAL_MONTH_PLANNED) > 0 ? month : next;
        Map<RepId, Counts> perRep = board.perRep(team.members(), shown.start(),
                shown.end());
        CampaignProgress all = CampaignProgress.of(board.total(team.members(), shown.start(), shown.end()));
        if (!all.isRunning()) {
            return Reply.of("Team " + team.name() + " has no referral month this month or next. A manager starts one:"
                    + " \"team " + team.name() + " referral month March\".");
        }
        List<String> lines = team.members().stream()
                .map(id -> Map.entry(id, CampaignProgress.of(perRep.get(id))))
                .filter(e -> e.getValue().isRunning())
                .map(e -> "- " + reps.find(c.workspace(), e.getKey()).map(Rep::displayName)
                        .orElse(e.getKey().value()) + ": " + e.getValue().display())
                .sorted().toList();
        return Reply.of("Team " + team.name() + "'s referral month " + shown.display() + ": " + all.display()
                + " so far.\n" + String.join("\n", lines));
    }
}
