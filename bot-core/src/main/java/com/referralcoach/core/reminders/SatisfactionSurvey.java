package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.Project;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Reminder;
import java.util.Optional;

/**
 * The satisfaction check a rep sends after a win or a delivery: two short questions, and what each answer means
 * for the ask. A 9 or 10 is the moment to ask; 6 or less is a problem to fix first.
 */
final class SatisfactionSurvey {
    private SatisfactionSurvey() {
    }

    /** The check {@code reminder} brings, saying what it follows: a delivery, a win, or a deal's first month. */
    static String draft(Reminder reminder, Contact person, Relationship r) {
        String name = person.name().display();
        String first = person.name().firstName();
        return why(reminder, name, r) + "Time to check how happy " + first + " is. Send two quick questions:\n"
                + "\"How likely are you to recommend us to a colleague, 0 to 10? And what's one thing we could do"
                + " better?\"\nThen log the score (\"csat " + name + " 9\"): a 9 or 10 is your moment to ask for a"
                + " referral; 6 or less is a problem to fix first.";
    }

    /** What was logged when the check was planned: the delivery or the win it follows, else a won deal. */
    private static String why(Reminder reminder, String name, Relationship r) {
        Optional<RelationshipEvent> cause = r.events().stream()
                .filter(e -> e.at().equals(reminder.createdAt()))
                .filter(e -> e.kind() == RelationshipEventKind.PROJECT_DELIVERED || e.kind() == RelationshipEventKind.WIN)
                .findFirst();
        if (cause.isEmpty()) {
            return name + "'s first month as a customer is over. ";
        }
        String what = cause.get().note().orElse("");
        if (cause.get().kind() == RelationshipEventKind.WIN) {
            return "A month since the win with " + name + (what.isEmpty() ? "" : " (" + what + ")") + ". ";
        }
        return "A week since you delivered " + new Project(what, Project.Source.DELIVERED, cause.get().at()).named()
                + " for " + name + ". ";
    }
}
