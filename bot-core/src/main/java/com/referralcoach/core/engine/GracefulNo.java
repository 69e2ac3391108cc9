package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.reply.Field;
import java.util.Optional;

/** The reply a rep can send after a "no": thanks, no pressure, the door left open. */
final class GracefulNo {
    private GracefulNo() {
    }

    static Field reply(Contact person, Optional<String> reason) {
        String first = person.name().firstName();
        String understood = reason.isPresent() ? " I completely understand." : "";
        return new Field("Reply to " + first, "Thanks for being straight with me, " + first + "." + understood
                + " No pressure at all; I'm glad to keep helping you either way.");
    }
}
