package com.referralcoach.core.reminders;

import com.referralcoach.core.reply.Reply;
import java.util.List;

/**
 * What one reminder says about one person of a meeting, as a part that joins the others' of the same meeting in one
 * message: the asks at its end ({@link MeetingAsk}), the prep notes before it ({@link MeetingPrep}). The
 * {@code meeting} key is the same for a rep's meetings with the same start and end.
 */
public sealed interface MeetingPart permits MeetingAsk, MeetingPrep {
    /** The meeting's start and end, which the parts of one meeting share. */
    String meeting();

    /** How the person is shown ("Ann Lo (Vela)"). */
    String person();

    /** The parts of one meeting, all of one kind, in one message. */
    static Reply together(List<MeetingPart> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no parts to put together");
        }
        if (parts.stream().allMatch(MeetingAsk.class::isInstance)) {
            return MeetingAsk.together(parts.stream().map(MeetingAsk.class::cast).toList());
        }
        if (parts.stream().allMatch(MeetingPrep.class::isInstance)) {
            return MeetingPrep.together(parts.stream().map(MeetingPrep.class::cast).toList());
        }
        throw new IllegalArgumentException("asks and prep notes go in messages of their own");
    }
}
