package com.referralcoach.core.reply;

import com.referralcoach.core.domain.PendingMessage;

/**
 * The answer to a message the bot acknowledged and then stopped before answering, sent once it is back: it says
 * which message it answers, since the rep may have written more since.
 */
public final class LateAnswer {
    /** The longest part of the rep's message quoted back. */
    static final int QUOTED = 80;

    private LateAnswer() {
    }

    public static Reply of(PendingMessage message, Reply answer) {
        String said = message.text().strip().replaceAll("\\s+", " ");
        if (said.length() > QUOTED) {
            said = said.substring(0, QUOTED - 1).strip() + "…";
        }
        String opening = "Sorry for the wait: I restarted before answering \"" + said + "\".";
        return new Reply(opening + "\n" + answer.text(), answer.fields(), answer.actions());
    }
}
