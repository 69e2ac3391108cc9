package com.referralcoach.core.engine;

import com.referralcoach.core.language.CalendarAnswerOr;
import com.referralcoach.core.language.NameCalendarEvent;
import com.referralcoach.core.language.UpdateDetails;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Optional;

/**
 * Which reading of "Lunch is with Bo Park" the rep meant, from what the store knows: the answer about a calendar event
 * when its left side is the title of an event the bot is waiting to hear about (asked, or about to be), else the
 * other reading ("Jane Doe is with Globex now": Jane moved to Globex). When the title is also the name of a contact
 * who would move company, the rep is asked which they meant, with both as buttons.
 */
final class CalendarAnswerChoice {
    private final PeopleFinder people;
    private final Handlers handlers;

    CalendarAnswerChoice(PeopleFinder people, Handlers handlers) {
        this.people = people;
        this.handlers = handlers;
    }

    Reply handle(CalendarAnswerOr command, Conversation talk, Optional<CalendarDesk> desk) {
        NameCalendarEvent answer = command.answer();
        boolean asked = desk.map(d -> CalendarHandlers.waiting(d, talk)).orElse(List.of()).stream()
                .map(CalendarEvent::title).anyMatch(title -> title.equalsIgnoreCase(answer.title().strip()));
        if (!asked) {
            return handlers.handle(command.otherwise(), talk);
        }
        if (command.otherwise() instanceof UpdateDetails moved && moved.employer().isPresent()
                && !(people.find(talk.workspace(), moved.person()) instanceof PersonMatch.NotFound)) {
            return which(answer, moved);
        }
        return handlers.handle(answer, talk);
    }

    /** "'Dana Fox' is an event I asked you about, and Dana Fox is one of your contacts: which do you mean?" */
    private static Reply which(NameCalendarEvent answer, UpdateDetails moved) {
        String event = "'" + answer.title().strip() + "' is with " + answer.person().name().display()
                + answer.person().company().map(c -> " at " + c).orElse("");
        String person = moved.person().name().display();
        String company = person + " works at " + moved.employer().orElseThrow();
        return new Reply("'" + answer.title().strip() + "' is a calendar event I asked you about, and " + person
                + " is also one of your contacts. Which do you mean: " + event + " (the event), or " + company
                + " now (the contact)?", List.of(),
                List.of(SuggestedAction.send("The event", event), SuggestedAction.send("The contact", company)));
    }

}
