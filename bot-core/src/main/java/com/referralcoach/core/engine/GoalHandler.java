package com.referralcoach.core.engine;

import com.referralcoach.core.digest.GoalStanding;
import com.referralcoach.core.digest.Pace;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.domain.WorkingHours;
import com.referralcoach.core.language.RemoveGoal;
import com.referralcoach.core.language.SetGoal;
import com.referralcoach.core.language.ShowGoals;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Goals: a rep sets their own; managers and admins set a team's; "goals" shows progress this period. */
final class GoalHandler {
    private final TeamRoster roster;
    private final GoalBook goalBook;
    private final ActivityTally tallies;
    private final TeamHandler teams;
    private final ReminderPlanner planner;

    GoalHandler(TeamRoster roster, GoalBook goalBook, ActivityTally tallies, ReminderQueue reminders,
                TeamHandler teams) {
        this.roster = roster;
        this.goalBook = goalBook;
        this.tallies = tallies;
        this.teams = teams;
        this.planner = new ReminderPlanner(reminders);
    }

    CommandHandler<SetGoal> set() {
        return (command, c) -> {
            if (command.team().isEmpty()) {
                Goal goal = new Goal(c.workspace(), GoalOwner.rep(c.rep().id()), command.metric(), command.target(),
                        command.period(), c.instant());
                goalBook.save(goal);
                planner.goalNudge(c.rep(), c.instant(), c.instant());
                String day = ReminderPlanner.midweekDay(c.rep()).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH);
                return Reply.of("Saved: your goal is " + goal.display() + ". \"goals\" shows how you're doing, and if"
                        + " you fall behind I'll say so on " + day + " morning, with the next best step.");
            }
            return teams.withTeam(c, command.team().get(), "set team goals", team -> {
                Goal goal = new Goal(c.workspace(), GoalOwner.team(team), command.metric(), command.target(),
                        command.period(), c.instant());
                goalBook.save(goal);
                return Reply.of("Saved: team " + team.name() + "'s goal is " + goal.display() + " ("
                        + team.zone().getId() + ").");
            });
        };
    }

    CommandHandler<RemoveGoal> remove() {
        return (command, c) -> {
            if (command.team().isEmpty()) {
                boolean removed = goalBook.remove(c.workspace(), GoalOwner.rep(c.rep().id()), command.metric());
                return Reply.of(removed ? "Removed your " + command.metric().label() + " goal."
                        : "You had no " + command.metric().label() + " goal. Nothing changed.");
            }
            return teams.withTeam(c, command.team().get(), "change team goals", team -> Reply.of(
                    goalBook.remove(c.workspace(), GoalOwner.team(team), command.metric())
                            ? "Removed team " + team.name() + "'s " + command.metric().label() + " goal."
                            : "Team " + team.name() + " had no " + command.metric().label() + " goal."));
        };
    }

    CommandHandler<ShowGoals> show() {
        return (command, c) -> {
            Instant now = c.instant();
            if (command.team().isEmpty()) {
                List<Goal> goals = goalBook.of(c.workspace(), GoalOwner.rep(c.rep().id()));
                if (goals.isEmpty()) {
                    return Reply.of("You have no goals yet. Set one: \"goal 5 asks per week\", \"goal 3 referrals per"
                            + " month\", \"goal 2 referrals given per week\".");
                }
                return Reply.of("Your goals:\n" + lines(goals, Set.of(c.rep().id()), c.rep().zone(),
                        new Pace(c.rep().hours()), c.rep().joinedAt(), now, c));
            }
            Optional<Team> team = roster.find(c.workspace(), Team.keyOf(command.team().get()));
            if (team.isEmpty()) {
                return Reply.of("There is no team " + command.team().get() + ". \"teams\" lists them.");
            }
            List<Goal> goals = goalBook.of(c.workspace(), GoalOwner.team(team.get()));
            return Reply.of(goals.isEmpty() ? "Team " + team.get().name() + " has no goals yet. A manager sets one:"
                    + " \"team " + team.get().name() + " goal 20 referrals per month\"."
                    : "Team " + team.get().name() + "'s goals:\n" + lines(goals, team.get().members(),
                    team.get().zone(), new Pace(WorkingHours.DEFAULT), Instant.EPOCH, now, c));
        };
    }

    private String lines(List<Goal> goals, Set<RepId> reps, java.time.ZoneId zone, Pace pace, Instant joined,
                         Instant now, Conversation c) {
        return GoalStanding.of(tallies, c.workspace(), goals, reps, zone, pace, joined, now).stream()
                .map(progress -> "- " + progress.display()).collect(Collectors.joining("\n"));
    }
}
