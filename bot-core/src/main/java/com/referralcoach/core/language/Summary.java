package com.referralcoach.core.language;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A reading said back in a few words, for the rep to confirm before it is saved: "meeting with Joe Marx (Talon) about
 * pricing", "referral from Ann Lo: Bo Park (Kite)", "Tom Lee moved to won".
 */
final class Summary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);
    private Summary() {
    }

    static String of(Command command) {
        if (command instanceof LogMeeting meeting) {
            return "meeting with " + who(meeting.person()) + meeting.topic().map(topic -> " about " + topic).orElse("");
        }
        if (command instanceof LogReferral referral) {
            return "referral from " + who(referral.referrer()) + ": " + who(referral.lead());
        }
        if (command instanceof GiveReferral given) {
            return "a referral you gave to " + who(given.to()) + given.referral().map(lead -> ": " + lead).orElse("");
        }
        if (command instanceof RecordAsk ask) {
            return "referral ask to " + who(ask.person()) + ", " + words(ask.outcome().name());
        }
        if (command instanceof MoveLead move) {
            return who(move.lead()) + " moved to " + words(move.stage().name())
                    + move.amount().map(amount -> " (" + amount + ")").orElse("");
        }
        if (command instanceof RecordThanks thanks) {
            return "a thank-you to " + who(thanks.referrer());
        }
        if (command instanceof RecordReferrerUpdate update) {
            return "an update to " + who(update.referrer());
        }
        if (command instanceof OpenProblem problem) {
            return "a problem for " + who(problem.customer()) + problem.note().map(note -> ": " + note).orElse("");
        }
        if (command instanceof FixProblem fixed) {
            return "the problem with " + who(fixed.customer()) + " fixed";
        }
        if (command instanceof RecordWin win) {
            return "a win for " + who(win.customer()) + win.note().map(note -> ": " + note).orElse("");
        }
        if (command instanceof RecordBusiness business) {
            return words(business.source().name()) + " business" + business.amount().map(a -> " of " + a.display())
                    .orElse("") + business.customer().map(c -> " with " + who(c)).orElse("");
        }
        if (command instanceof DeleteLead delete) {
            return "taking " + who(delete.lead()) + " out of your leads";
        }
        if (command instanceof DeleteMeeting delete) {
            return "deleting your meeting with " + who(delete.person())
                    + delete.day().map(day -> " on " + DAY.format(day)).orElse("");
        }
        if (command instanceof InARush rush) {
            return who(rush.person()) + " was in a rush (ask tomorrow morning)";
        }
        if (command instanceof ShowContact contact) {
            return who(contact.person()) + "'s card";
        }
        if (command instanceof RecordSatisfaction score) {
            return "a score of " + score.score() + " from " + who(score.person());
        }
        if (command instanceof FixMeeting fix) {
            return "a change to the meeting with " + who(fix.person()) + fix.topic().map(t -> ": about " + t)
                    .or(() -> fix.movedTo().map(day -> ": on " + DAY.format(day)))
                    .or(() -> fix.at().or(fix::startsAt).map(time -> ": at " + time))
                    .or(() -> fix.endsAt().map(time -> ": ends " + time)).orElse("");
        }
        return words(command.getClass().getSimpleName());
    }

    private static String who(PersonRef person) {
        return person.name().display() + person.company().map(company -> " (" + company + ")").orElse("");
    }

    /** "GOT_REFERRAL", "RecordSatisfaction", "InARush" as plain words: "got referral", "record satisfaction"... */
    private static String words(String name) {
        return name.replace('_', ' ').replaceAll("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ")
                .toLowerCase(Locale.ROOT);
    }
}
