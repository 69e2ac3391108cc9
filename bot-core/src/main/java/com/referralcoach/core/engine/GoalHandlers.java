package com.referralcoach.core.engine;

import com.referralcoach.core.language.AppointManager;
import com.referralcoach.core.language.ChangeTeam;
import com.referralcoach.core.language.DigestNow;
import com.referralcoach.core.language.FormTeam;
import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.language.RecordBusiness;
import com.referralcoach.core.language.RemoveGoal;
import com.referralcoach.core.language.ScheduleDigest;
import com.referralcoach.core.language.SetGoal;
import com.referralcoach.core.language.SetTeamManager;
import com.referralcoach.core.language.SetTeamZone;
import com.referralcoach.core.language.ShowGoals;
import com.referralcoach.core.language.ShowTeams;
import com.referralcoach.core.language.StopDigest;
import com.referralcoach.core.digest.DigestBuilder;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.DigestRequests;

/** Registers the handlers of goals, teams, roles, digests and won business. */
final class GoalHandlers {
    private GoalHandlers() {
    }

    static Handlers register(Handlers handlers, CoachStore store, DigestRequests requests, PeopleFinder people,
                             AskCoach coach) {
        Roles roles = new Roles(store.teams(), store.reps());
        TeamHandler teams = new TeamHandler(store.teams(), store.digests(), roles, new TeamIdeals(store.reps()));
        GoalHandler goals = new GoalHandler(store.teams(), store.goals(), store.tallies(), store.reminders(), teams);
        DigestHandler digests = new DigestHandler(store.digests(), DigestBuilder.over(store), teams, requests);
        return handlers
                .add(AppointManager.class, teams.appoint())
                .add(FormTeam.class, teams.form())
                .add(ChangeTeam.class, teams.change())
                .add(SetTeamManager.class, teams.manager())
                .add(SetTeamZone.class, teams.zone())
                .add(ShowTeams.class, teams.list())
                .add(SetGoal.class, goals.set())
                .add(RemoveGoal.class, goals.remove())
                .add(ShowGoals.class, goals.show())
                .add(ScheduleDigest.class, digests.schedule())
                .add(StopDigest.class, digests.stop())
                .add(DigestNow.class, digests.now())
                .add(RecordBusiness.class, new BusinessHandler(store.tallies(), store.business(), people,
                        HabitHandlers.relationships(store), coach));
    }
}
