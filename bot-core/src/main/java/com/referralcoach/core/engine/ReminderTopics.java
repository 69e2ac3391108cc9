package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Reminder;
import java.util.Map;

/** A reminder in a few words, for lists: "ask Jane Doe for a referral", "thank Jane Doe". */
final class ReminderTopics {
    private ReminderTopics() {
    }

    static String describe(Reminder reminder, Map<ContactId, Contact> people) {
        String who = reminder.contact().map(people::get).map(c -> c.name().display()).orElse("someone");
        switch (reminder.kind()) {
            case ASK_AFTER_MEETING:
                return "ask " + who + " for a referral";
            case MEETING_PREP:
                return "a prep note for your meeting with " + who;
            case LEAD_NOT_CONTACTED_HOUR:
            case LEAD_NOT_CONTACTED_DAY:
                return "contact your new lead " + who;
            case LEAD_ESCALATION:
                return "a lead of your team waiting: " + who;
            case REFERRER_UPDATE:
                return "update " + who + " on their referral";
            case GOAL_NUDGE:
                return "midweek check on your goals";
            case IMPORT_INTERRUPTED:
                return "a note about an import a restart interrupted";
            default:
                return HabitTopics.describe(reminder.kind(), who);
        }
    }
}
