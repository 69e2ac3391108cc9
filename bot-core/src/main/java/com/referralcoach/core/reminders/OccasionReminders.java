package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Birthday and anniversary reminders: a drafted card two working days before, a word on the day. */
final class OccasionReminders {
    /** A reminder whose day moved further than this (the rep changed the date) is moot. */
    private static final int DAYS_OF_SLACK = 7;

    private final RelationshipPlanner planner;

    OccasionReminders(RelationshipPlanner planner) {
        this.planner = planner;
    }

    Delivery compose(Reminder reminder, Rep rep, Contact person, Relationship r, Instant now) {
        boolean birthday = reminder.kind() == ReminderKind.BIRTHDAY_CARD || reminder.kind() == ReminderKind.BIRTHDAY;
        boolean card = reminder.kind() == ReminderKind.BIRTHDAY_CARD
                || reminder.kind() == ReminderKind.ANNIVERSARY_CARD;
        Optional<LocalDate> date = birthday ? r.birthday() : r.customerSince();
        if (date.isEmpty()) {
            return new Delivery.Skip("no date any more");
        }
        MonthDay day = MonthDay.from(date.get());
        LocalDate due = reminder.dueAt().atZone(rep.zone()).toLocalDate();
        LocalDate occasion = Occasions.next(day, due);
        if (ChronoUnit.DAYS.between(due, occasion) > DAYS_OF_SLACK) {
            return new Delivery.Skip("the date changed");
        }
        Moments moments = new Moments(now.atZone(rep.zone()));
        String when = moments.date(occasion.atStartOfDay(rep.zone()).toInstant());
        String name = person.name().display();
        String what = birthday ? name + "'s birthday" : "the anniversary of " + name + " as a customer";
        int years = occasion.getYear() - date.get().getYear();
        String draft = birthday ? OccasionCards.birthday(person) : OccasionCards.anniversary(person, years);
        if (card) {
            return new Delivery.Say(new Reply(capital(what) + " is " + when
                    + ". Send a card now so it arrives on time.",
                    List.of(new Field("Card for " + person.name().firstName(), draft)), List.of()));
        }
        planner.occasion(rep, person.id(), date.get(), birthday, now);
        String on = when.equals("today") ? "today" : "on " + when;
        return new Delivery.Say(new Reply(capital(what) + " is " + on + ". A call or a short note means a lot.",
                List.of(new Field("Note for " + person.name().firstName(), draft)), List.of()));
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
