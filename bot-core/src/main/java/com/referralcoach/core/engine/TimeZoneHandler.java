package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.language.SetTimeZone;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.reply.Reply;

/** "my timezone is Europe/Berlin": the zone the rep's times are read and shown in. */
final class TimeZoneHandler implements CommandHandler<SetTimeZone> {
    private final RepRoster reps;

    TimeZoneHandler(RepRoster reps) {
        this.reps = reps;
    }

    @Override
    public Reply handle(SetTimeZone command, Conversation conversation) {
        reps.save(conversation.rep().withZone(command.zone()));
        Moments there = new Moments(conversation.now().withZoneSameInstant(command.zone()));
        return Reply.of("Saved: your time zone is " + command.zone().getId() + " (it's "
                + there.time(conversation.instant()) + " there now). Times you type are read in it.");
    }
}
