package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine every adapter talks to: one message in, one reply out. A rep's mistake is a reply; a failure
 * of ours (storage down) is a reply too, and the message can simply be sent again.
 */
public final class BotEngine {
    private static final Logger log = LoggerFactory.getLogger(BotEngine.class);

    private final CoachStore store;
    private final ChatParser parser;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Handlers handlers;

    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.handlers = Handlers.all(store);
    }

    public Reply handle(IncomingMessage message) {
        try {
            Rep rep = repOf(message);
            ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(rep.zone());
            Command command = parser.parse(message.text(), now);
            return handlers.handle(command, new Conversation(rep, now, message.text()));
        } catch (RuntimeException e) {
            log.error("Could not handle a message in workspace {} from rep {}", message.workspace(), message.rep(), e);
            return Reply.of("Sorry, I couldn't finish that because of a problem on my side. "
                    + "If it was a change, send it again in a moment.");
        }
    }

    /** The rep who sent the message, registered on first contact with the default time zone. */
    private Rep repOf(IncomingMessage message) {
        Optional<Rep> known = store.reps().find(message.workspace(), message.rep());
        if (known.isPresent()) {
            return known.get();
        }
        Rep rep = new Rep(message.workspace(), message.rep(), message.repName(), defaultZone, Optional.empty(),
                clock.instant());
        store.reps().save(rep);
        return rep;
    }
}
