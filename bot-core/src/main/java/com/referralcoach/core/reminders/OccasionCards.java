package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.Contact;

/** The cards the bot drafts for birthdays and customer anniversaries, each ending on a warm referral line. */
public final class OccasionCards {
    private OccasionCards() {
    }

    public static String birthday(Contact person) {
        return "Happy birthday, " + person.name().firstName() + "! I hope the year ahead brings you lots of good"
                + " things. Working with you is a pleasure, and if someone you know could use the same help, I'd be"
                + " glad to look after them too.";
    }

    public static String anniversary(Contact customer, int years) {
        String span = years <= 1 ? "a year" : years + " years";
        return "Hi " + customer.name().firstName() + ", it's " + span + " today since we started working together."
                + " Thank you for your trust! If you know anyone who could use what we do for you, I'd be honoured"
                + " to help them the same way.";
    }
}
