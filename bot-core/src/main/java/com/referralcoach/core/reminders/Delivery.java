package com.referralcoach.core.reminders;

import com.referralcoach.core.reply.Reply;

/** What a due reminder comes to when it is delivered: a message to send, or nothing because it is moot. */
public sealed interface Delivery {
    /**
     * Send {@code message} to the reminder's rep; an ask after a meeting or a prep note before it also says what it
     * is as a part ({@code part}), so the asks (or the prep notes) of one meeting with several people go in one
     * message ({@link MeetingPart#together}).
     */
    record Say(Reply message, java.util.Optional<MeetingPart> part) implements Delivery {
        public Say {
            java.util.Objects.requireNonNull(message, "message");
            java.util.Objects.requireNonNull(part, "part");
        }

        public Say(Reply message) {
            this(message, java.util.Optional.empty());
        }
    }

    /** Not now: outside the rep's working hours (they changed them, or a retry fell late); try at {@code until}. */
    record Defer(java.time.Instant until) implements Delivery {
    }

    /** Nothing to say any more, for {@code reason} (the lead was contacted, the referrer thanked). */
    record Skip(String reason) implements Delivery {
    }
}
