package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.ShowReferralMonth;
import com.referralcoach.core.language.StartReferralMonth;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "referral month March" starts a rep's campaign; "referral month" shows how it is going. */
final class ReferralMonthHandler {
    private final CoachStore store;
    private final RepPeople people;
    private final ReferralMonthPlan plan;

    ReferralMonthHandler(CoachStore store, RepPeople people, ReferralMonthPlan plan) {
        this.store = store;
        this.people = people;
        this.plan = plan;
    }

    CommandHandler<StartReferralMonth> start() {
        return (command, c) -> {
            List<Contact> everyone = people.of(c.rep());
            if (everyone.isEmpty()) {
                return Reply.of("You have no contacts yet. Log a few meetings first, then start your referral month.");
            }
            ReferralMonthPlan.Outcome outcome = plan.plan(c.rep(), command.month(), everyone, c.instant());
            if (outcome.people() == 0) {
                return Reply.of(name(command.month()) + " has no working days left. Pick another month.");
            }
            return Reply.of("Referral month " + name(command.month()) + ": " + outcome.people() + " people over "
                    + outcome.days() + " working days, " + outcome.perDay() + " a day from "
                    + c.moments().date(outcome.first().atStartOfDay(c.rep().zone()).toInstant()) + ".\nEach day I'll"
                    + " remind you: first ask how you can help them, then ask for a referral. Say \"referral month\""
                    + " to see how it's going.");
        };
    }

    CommandHandler<ShowReferralMonth> progress() {
        return (command, c) -> {
            List<RelationshipEvent> planned = store.relationships().ofRep(c.workspace(), c.rep().id()).stream()
                    .filter(e -> e.kind() == RelationshipEventKind.REFERRAL_MONTH_PLANNED).toList();
            if (planned.isEmpty()) {
                return Reply.of("No referral month yet. Start one: \"referral month March\".");
            }
            YearMonth month = planned.stream().map(e -> YearMonth.from(e.date().get()))
                    .max(Comparator.naturalOrder()).get();
            List<RelationshipEvent> ofMonth = planned.stream()
                    .filter(e -> YearMonth.from(e.date().get()).equals(month)).toList();
            LocalDate start = month.atDay(1);
            long asked = ofMonth.stream().map(RelationshipEvent::contact).distinct()
                    .filter(id -> store.asks().ofContact(c.workspace(), c.rep().id(), id).stream()
                            .filter(a -> a.outcome().wasAsked()).map(Ask::at)
                            .anyMatch(at -> !at.atZone(c.rep().zone()).toLocalDate().isBefore(start)))
                    .count();
            long total = ofMonth.stream().map(RelationshipEvent::contact).distinct().count();
            return Reply.of("Referral month " + name(month) + ": " + asked + " of " + total + " people asked so far."
                    + (asked < total ? " Help first, then ask." : " Everyone asked: well done!"));
        };
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
