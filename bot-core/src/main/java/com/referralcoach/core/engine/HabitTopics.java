package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ReminderKind;

/** The relationship reminders in a few words, for lists: "check in with Jane Doe", "Jane Doe's birthday". */
final class HabitTopics {
    private HabitTopics() {
    }

    static String describe(ReminderKind kind, String who) {
        return switch (kind) {
            case CHECK_IN -> "check in with " + who;
            case BIRTHDAY_CARD -> "a birthday card for " + who;
            case BIRTHDAY -> who + "'s birthday";
            case ANNIVERSARY_CARD -> "an anniversary card for " + who;
            case ANNIVERSARY -> who + "'s customer anniversary";
            case ENDORSEMENT_FOLLOW_UP -> "follow up on " + who + "'s testimonial";
            case ENDORSEMENT_SUGGESTION -> "ask " + who + " for a testimonial or review";
            case SATISFACTION_CHECK -> "ask how happy " + who + " is";
            case REFERRAL_MONTH -> "referral month: help, then ask " + who;
            default -> "thank " + who + " for their referral";
        };
    }
}
