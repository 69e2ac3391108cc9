package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Optional;

/** The one question each rep has open with the bot, kept across restarts until it is answered or dropped. */
public interface PendingQuestions {
    /** Keeps nothing: every question is forgotten at once (for compositions that never ask). */
    PendingQuestions NONE = new PendingQuestions() {
        @Override
        public void ask(PendingQuestion question) {
        }

        @Override
        public Optional<PendingQuestion> take(WorkspaceId workspace, RepId rep) {
            return Optional.empty();
        }
    };

    /** Keeps {@code question} as the rep's open question, durably, replacing any earlier one. */
    void ask(PendingQuestion question);

    /** The rep's open question, if any, which is no longer kept afterwards (an answer or a new message ends it). */
    Optional<PendingQuestion> take(WorkspaceId workspace, RepId rep);
}
