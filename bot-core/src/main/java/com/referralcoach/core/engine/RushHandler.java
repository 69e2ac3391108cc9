package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.InARush;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.util.Optional;

/** "Jane Doe was in a rush": the ask after the latest meeting moves to the next working morning. */
final class RushHandler implements CommandHandler<InARush> {
    private final Named named;
    private final MeetingLog meetings;
    private final RelationshipLog log;
    private final RelationshipPlanner planner;

    RushHandler(Named named, MeetingLog meetings, RelationshipLog log, RelationshipPlanner planner) {
        this.named = named;
        this.meetings = meetings;
        this.log = log;
        this.planner = planner;
    }

    @Override
    public Reply handle(InARush command, Conversation c) {
        return named.known(command.person(), c, person -> {
            Optional<Meeting> last = meetings.withContact(c.workspace(), c.rep().id(), person.id()).stream()
                    .filter(m -> m.isOverAt(c.instant())).findFirst();
            String name = person.name().display();
            if (last.isEmpty()) {
                return Reply.of("I have no finished meeting with " + name + " to move the ask from. Log it first:"
                        + " \"met " + name + "\".");
            }
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.IN_A_RUSH, Optional.empty(),
                    c.instant()));
            Instant morning = planner.askTomorrow(c.rep(), person.id(), last.get().id(), c.instant());
            return Reply.of("Saved: " + person.name().firstName() + " was in a rush, so not now. I'll bring the ask"
                    + " back " + c.moments().dateTime(morning) + ", when there's time to talk.");
        });
    }
}
