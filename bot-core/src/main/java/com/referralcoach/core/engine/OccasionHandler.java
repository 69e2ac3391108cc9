package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.SetBirthday;
import com.referralcoach.core.language.SetCustomerSince;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.Occasions;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
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
            log.save(RelationshipEvent.dated(c.rep(), person.id(), RelationshipEventKind.BIRTHDAY,
                    command.day().atYear(LEAP_YEAR), c.instant()));
            return planned(c, person, command.day(), true, person.name().display() + "'s birthday is "
                    + DAY.format(command.day().atYear(LEAP_YEAR)));
        });
    }

    CommandHandler<SetCustomerSince> anniversaries() {
        return (command, c) -> named.orNew(command.customer(), c, customer -> {
            log.save(RelationshipEvent.dated(c.rep(), customer.id(), RelationshipEventKind.CUSTOMER_SINCE,
                    command.since(), c.instant()));
            return planned(c, customer, MonthDay.from(command.since()), false, customer.name().display()
                    + " has been a customer since " + DAY.format(command.since()) + " " + command.since().getYear());
        });
    }

    private Reply planned(Conversation c, Contact person, MonthDay day, boolean birthday, String saved) {
        LocalDate next = planner.occasion(c.rep(), person.id(), day, birthday, c.instant());
        Occasions occasions = new Occasions(c.rep().zone(), c.rep().hours());
        String leap = day.equals(MonthDay.of(2, 29)) && next.getDayOfMonth() == 28 ? " (28 Feb this year)" : "";
        return Reply.of("Saved: " + saved + leap + ". I'll remind you " + c.moments().date(occasions.cardDue(next))
                + " with a drafted card, and again on the day.");
    }
}
