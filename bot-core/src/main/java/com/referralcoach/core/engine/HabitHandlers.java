package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.LeadsToGive;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.language.FixProblem;
import com.referralcoach.core.language.GiveReferral;
import com.referralcoach.core.language.InARush;
import com.referralcoach.core.language.MarkBusinessOwner;
import com.referralcoach.core.language.MarkColleague;
import com.referralcoach.core.language.MarkConnector;
import com.referralcoach.core.language.RecordDelivery;
import com.referralcoach.core.language.RecordNeed;
import com.referralcoach.core.language.SetIdealReferral;
import com.referralcoach.core.language.SetReviewLink;
import com.referralcoach.core.language.ShowReviewLinks;
import com.referralcoach.core.language.ShowIdealReferral;
import com.referralcoach.core.language.ShowSources;
import com.referralcoach.core.language.OpenProblem;
import com.referralcoach.core.language.RecordSatisfaction;
import com.referralcoach.core.language.RecordWin;
import com.referralcoach.core.language.SetBirthday;
import com.referralcoach.core.language.SetCheckInCadence;
import com.referralcoach.core.language.SetCustomerSince;
import com.referralcoach.core.language.ShowLosingTouch;
import com.referralcoach.core.language.ShowReferralMonth;
import com.referralcoach.core.language.ShowWhoToAsk;
import com.referralcoach.core.language.StartReferralMonth;
import com.referralcoach.core.language.TrackEndorsement;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reminders.RelationshipPlanner;

/** The handlers of the relationship habits, registered in one place. */
final class HabitHandlers {
    private HabitHandlers() {
    }

    static Handlers register(Handlers handlers, CoachStore store, PeopleFinder finder, AskCoach coach,
                             Scorekeeper score) {
        Named named = new Named(finder);
        Relationships relationships = relationships(store);
        RelationshipPlanner planner = new RelationshipPlanner(store.reminders());
        CheckIns checkIns = new CheckIns(relationships, planner);
        MomentHandler moments = new MomentHandler(named, store.relationships(), relationships, coach, checkIns,
                planner);
        OccasionHandler occasions = new OccasionHandler(named, store.relationships(), planner);
        TouchHandler touches = new TouchHandler(named, store.relationships(), relationships, planner, score);
        RepPeople people = new RepPeople(store.contacts(), store.meetings(), store.relationships());
        TeamHandler teams = new TeamHandler(store.teams(), store.digests(), new Roles(store.teams(), store.reps()),
                new TeamIdeals(store.reps()));
        CoachingHandler coaching = new CoachingHandler(named, store.relationships(), checkIns, planner, store.reps(),
                store.teams(), teams, new LeadsToGive(store.contacts()));
        ReferralMonthHandler month = new ReferralMonthHandler(store.reps(), store.asks(), store.relationships(), people,
                new ReferralMonthPlan(store.relationships(), planner, score),
                teams,
                new TeamCampaignView(store.teams(), store.tallies(), store.reps()));
        return handlers
                .add(OpenProblem.class, moments.problems())
                .add(FixProblem.class, moments.fixes())
                .add(RecordWin.class, moments.wins())
                .add(InARush.class, new RushHandler(named, store.meetings(), store.relationships(), planner))
                .add(RecordSatisfaction.class, new SatisfactionHandler(named, store.relationships(), coach, checkIns,
                        planner))
                .add(SetBirthday.class, occasions.birthdays())
                .add(SetCustomerSince.class, occasions.anniversaries())
                .add(SetCheckInCadence.class, touches.cadences())
                .add(MarkConnector.class, touches.connectors())
                .add(TrackEndorsement.class, touches.endorsements())
                .add(GiveReferral.class, touches.referralsGiven())
                .add(ShowLosingTouch.class, new LosingTouchView(people, relationships))
                .add(ShowWhoToAsk.class, new WhoToAskView(people, relationships, coach))
                .add(StartReferralMonth.class, month.start())
                .add(ShowReferralMonth.class, month.progress())
                .add(RecordDelivery.class, coaching.deliveries())
                .add(SetIdealReferral.class, coaching.ideals())
                .add(ShowIdealReferral.class, coaching.show())
                .add(ShowSources.class, new SourcesView(store.tallies()))
                .add(RecordNeed.class, coaching.needs())
                .add(MarkBusinessOwner.class, coaching.owners())
                .add(MarkColleague.class, coaching.colleagues())
                .add(SetReviewLink.class, coaching.reviewLinks())
                .add(ShowReviewLinks.class, coaching.showReviewLinks());
    }

    /** Check-ins kept up after meetings and asks logged through the older handlers. */
    static CheckIns checkIns(CoachStore store) {
        return new CheckIns(relationships(store), new RelationshipPlanner(store.reminders()));
    }

    static Relationships relationships(CoachStore store) {
        return new Relationships(store.relationships(), store.contacts(), store.meetings(), store.asks());
    }
}
