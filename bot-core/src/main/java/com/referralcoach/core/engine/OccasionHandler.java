package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.SetBirthday;
import com.referralcoach.core.language.SetCustomerSince;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.reminders.OccasionCards;
import com.referralcoach.core.reminders.OccasionPlan;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Birthdays and customer anniversaries: a card two working days before, a word on the day. */
final class OccasionHandler {
    /** Birthdays are stored in a leap year so that 29 February is kept. */
    private static final int LEAP_YEAR = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final Named named;
    private final RelationshipLog log;
    private final RelationshipPlanner planner;

    OccasionHandler(Named named, RelationshipLog log, RelationshipPlanner planner) {
        this.named = named;
        this.log = log;
        this.planner = planner;
    }

    CommandHandler<SetBirthday> birthdays() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            LocalDate birthday = command.day().atYear(LEAP_YEAR);
            log.save(RelationshipEvent.dated(c.rep(), person.id(), RelationshipEventKind.BIRTHDAY, birthday,
                    c.instant()));
            return planned(c, person, birthday, true, person.name().display() + "'s birthday is "
                    + DAY.format(birthday));
        });
    }

    CommandHandler<SetCustomerSince> anniversaries() {
        return (command, c) -> named.orNew(command.customer(), c, customer -> {
            log.save(RelationshipEvent.dated(c.rep(), customer.id(), RelationshipEventKind.CUSTOMER_SINCE,
                    command.since(), c.instant()));
            return planned(c, customer, command.since(), false, customer.name().display()
                    + " has been a customer since " + DAY.format(command.since()) + " " + command.since().getYear());
        });
    }

    /**
     * Says when the card and the word on the day come; when the day has come (or falls before the rep's next
     * working moment), or the card's time has passed with no working moment left before the day, the card is here.
     */
    private Reply planned(Conversation c, Contact person, LocalDate date, boolean birthday, String saved) {
        OccasionPlan plan = planner.occasion(c.rep(), person.id(), date, birthday, c.instant());
        LocalDate day = plan.day();
        boolean leapDayMoved = MonthDay.from(date).equals(MonthDay.of(2, 29)) && day.getDayOfMonth() == 28;
        String said = "Saved: " + saved + (leapDayMoved ? " (28 Feb " + day.getYear() + ")" : "") + ". ";
        Moments moments = c.moments();
        if (plan.isNow()) {
            return withCard(person, birthday, day.getYear() - date.getYear(), said + "That's "
                    + moments.on(day.atStartOfDay(c.rep().zone()).toInstant()) + ": send "
                    + person.name().firstName() + " this card now, or call. I'll remind you again next year.");
        }
        String onTheDay = moments.date(plan.onTheDay().get());
        if (plan.card().isEmpty()) {
            return withCard(person, birthday, day.getYear() - date.getYear(), said + "No working time is left to"
                    + " send a card before it, so here it is now. I'll remind you again on the day (" + onTheDay
                    + ").");
        }
        Instant card = plan.card().get();
        return Reply.of(said + (card.isAfter(c.instant())
                ? "I'll remind you " + moments.date(card) + " with a drafted card, and again on the day."
                : "I'll send you a drafted card right away, and remind you again on the day."));
    }

    private static Reply withCard(Contact person, boolean birthday, int years, String text) {
        String draft = birthday ? OccasionCards.birthday(person) : OccasionCards.anniversary(person, years);
        return Reply.of(text).withFields(List.of(new Field("Card for " + person.name().firstName(), draft)));
    }
}
