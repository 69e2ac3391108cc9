package com.referralcoach.core.language;

import com.referralcoach.core.domain.AskOutcome;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A thank-you, an update, an ask or a lead's move told as something still to do ("need to thank Ann Lo", "didn't
 * thank Ann yet", "I'll update Ann Lo later", "asked Bo Park? no, forgot") is not saved as done: the rep is told so
 * and shown how to say it once it is done. "didn't ask Eli Stone - bad timing" is an ask held back, read as such.
 */
final class StillToDo {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DEED = "(?:thank|update|ask|contact|call|email|text|ping|reach|follow|send|sign|close)";
    /** What the rep still has to do, said before the deed. */
    private static final Pattern BEFORE = Pattern.compile("^(?:i\\s+)?(?:still\\s+)?(?:need\\s+to|have\\s+to|has\\s+to"
            + "|gotta|got\\s+to|should|must|will|'ll|i'll|going\\s+to|gonna|plan(?:ning)?\\s+to|want\\s+to|forgot\\s+to"
            + "|yet\\s+to|(?:didn't|didnt|did\\s+not|haven't|havent|have\\s+not|hasn't|has\\s+not)(?=\\s+(?!ask)))\\s+"
            + DEED, FLAGS);
    /** "... yet" closing a short message, or a question answered no ("asked Bo Park? no, forgot"). */
    private static final Pattern YET = Pattern.compile("\\byet[\\s.!]*$", FLAGS);
    private static final Pattern ANSWERED_NO = Pattern.compile("\\?\\s*(?:no|nope|not\\s+yet)\\b", FLAGS);
    private static final int SHORT = 6;

    private StillToDo() {
    }

    /** The reading, or why it is not saved when the message tells it as still to do. */
    static Command checked(Command reading, String message) {
        Command plain = reading instanceof Unsure unsure ? unsure.reading() : reading;
        if (!toldAsDone(plain)) {
            return reading;
        }
        String said = message.strip();
        boolean stillToDo = BEFORE.matcher(said).lookingAt() || ANSWERED_NO.matcher(said).find()
                || YET.matcher(said).find() && said.split("\\s+").length <= SHORT;
        return stillToDo ? new Invalid("Not saved: that sounds like it is still to do. Tell me once it's done.",
                example(plain).orElse(Examples.HELP)) : reading;
    }

    private static boolean toldAsDone(Command reading) {
        return reading instanceof RecordThanks || reading instanceof RecordReferrerUpdate || reading instanceof MoveLead
                || reading instanceof RecordAsk ask && ask.outcome() != AskOutcome.SKIPPED
                && ask.outcome() != AskOutcome.DECLINED;
    }

    /** How to say it once done, with the person's name when it reads as one ("haven't" is not). */
    private static Optional<String> example(Command reading) {
        if (reading instanceof RecordThanks thanks) {
            return Optional.of("thanked " + named(thanks.referrer(), "Jane Doe"));
        }
        if (reading instanceof RecordReferrerUpdate update) {
            return Optional.of("updated " + named(update.referrer(), "Jane Doe"));
        }
        if (reading instanceof RecordAsk ask) {
            return Optional.of("asked " + named(ask.person(), "Jane Doe"));
        }
        if (reading instanceof MoveLead move) {
            return Optional.of(named(move.lead(), "Tom Lee") + " " + move.stage().label());
        }
        return Optional.empty();
    }

    private static String named(PersonRef person, String otherwise) {
        String name = person.name().display();
        return Character.isUpperCase(name.codePointAt(0)) ? name : otherwise;
    }
}
