package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.reply.Reply;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A reason to say something other than the ask right now (an open problem, too little trust yet). */
@FunctionalInterface
public interface AskHold {
    /** Never holds. */
    AskHold NONE = (rep, person, topic, now) -> Optional.empty();

    /** What to say instead of the ask about {@code topic}, if anything. */
    Optional<Reply> instead(RepId rep, Contact person, Optional<String> topic, ZonedDateTime now);
}
