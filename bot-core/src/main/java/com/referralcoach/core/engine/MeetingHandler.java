package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;

/**
 * Logs a meeting; one that is already over brings the referral ask at once. One still ahead, with a start, gets
 * its prep note 15 minutes before when the rep has prep notes on, as a calendar meeting does.
 */
final class MeetingHandler implements CommandHandler<LogMeeting> {
    /** Whether a rep has prep notes on ({@code prep on}). */
    @FunctionalInterface
    interface PrepNotes {
        boolean on(com.referralcoach.core.domain.WorkspaceId workspace, com.referralcoach.core.domain.RepId rep);
    }


    private final PeopleFinder people;
    private final MeetingLog meetings;
    private final AskCoach coach;
    private final ReminderPlanner planner;
    private final CheckIns checkIns;
    private final Scorekeeper score;
    private final PrepNotes prepNotes;

    MeetingHandler(PeopleFinder people, MeetingLog meetings, AskCoach coach, ReminderPlanner planner,
                   CheckIns checkIns, Scorekeeper score, PrepNotes prepNotes) {
        this.prepNotes = prepNotes;
        this.checkIns = checkIns;
        this.score = score;
        this.people = people;
        this.meetings = meetings;
        this.coach = coach;
        this.planner = planner;
    }

    @Override
    public Reply handle(LogMeeting command, Conversation conversation) {
        PersonMatch match = people.findOrCreate(conversation.workspace(), command.person(), LeadDetails.none(),
                conversation.instant());
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.person(), ambiguous.candidates(), conversation.text());
        }
        Contact person = ((PersonMatch.Found) match).contact();
        Meeting meeting = new Meeting(conversation.workspace(), MeetingId.random(), conversation.rep().id(),
                person.id(), command.topic(), command.startsAt(), command.endsAt(), conversation.instant());
        // read before writing: every read this message makes can then come from the store's read-ahead
        Relationship standing = checkIns.standing(conversation, person, meeting);
        meetings.save(meeting);
        score.count(conversation.rep(), ActivityKind.MEETING_ENDED, meeting.endsAt());
        checkIns.plan(conversation, person, standing);
        String what = "meeting with " + person.label() + command.topic().map(t -> " about " + t).orElse("");
        if (meeting.isOverAt(conversation.instant())) {
            Reply ask = coach.afterMeeting(conversation.rep(), standing, person, meeting, conversation.now());
            return new Reply("Saved: " + what + ".\n" + ask.text(), ask.fields(), ask.actions());
        }
        Moments moments = conversation.moments();
        String when = command.startsAt().map(s -> moments.dateTime(s) + " to " + moments.time(command.endsAt()))
                .orElse("ending " + moments.dateTime(command.endsAt()));
        Reminder reminder = planner.meetingEnds(conversation.rep(), meeting, conversation.instant());
        if (meeting.startsAt().isPresent() && prepNotes.on(conversation.workspace(), conversation.rep().id())) {
            planner.meetingPrep(conversation.rep(), meeting, conversation.instant());
        }
        return Reply.of("Saved: " + what + ", " + when + ".\nI'll remind you to ask " + person.name().firstName()
                + " for an introduction " + moments.dateTime(reminder.dueAt()) + " (#" + reminder.id().code() + ").");
    }
}
