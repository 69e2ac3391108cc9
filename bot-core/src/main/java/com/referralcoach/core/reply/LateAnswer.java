package com.referralcoach.core.reply;

import com.referralcoach.core.domain.PendingMessage;

/**
 * The answer to a message that waited (the bot stopped before answering it, or it was held until the rep chose a
 * workspace): it says which message it answers, since the rep may have written more since.
 */
public final class LateAnswer {
    /** The longest part of the rep's message quoted back. */
    static final int QUOTED = 80;

    private LateAnswer() {
    }

    public static Reply of(PendingMessage message, Reply answer) {
        return opened("Sorry for the wait: I restarted before answering \"" + quoted(message) + "\".", answer);
    }

    /** The answer to a message held until the rep said which workspace it is for: the message is quoted. */
    public static Reply afterChoice(PendingMessage message, Reply answer) {
        return opened("You wrote \"" + quoted(message) + "\" before choosing:", answer);
    }

    private static String quoted(PendingMessage message) {
        String said = message.text().strip().replaceAll("\\s+", " ");
        return said.length() > QUOTED ? said.substring(0, QUOTED - 1).strip() + "…" : said;
    }

    private static Reply opened(String opening, Reply answer) {
        return new Reply(opening + "\n" + answer.text(), answer.fields(), answer.actions());
    }
}
