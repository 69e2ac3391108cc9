package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.language.ConfirmDeleteMeeting;
import com.referralcoach.core.language.DeleteMeeting;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Optional;

/**
 * "delete the meeting with Jane Doe today": the rep's meeting with the person that day (or the latest) goes after a
 * "yes", with its ask reminder if it still waits and its count in the tallies (so goals and digests); the person
 * stays. The deletion is one change "undo" takes back, count included.
 */
final class MeetingDeletion {
    private final Named named;
    private final MeetingLog meetings;
    private final ReminderPlanner planner;
    private final PendingQuestions questions;
    private final ActivityTally tally;

    MeetingDeletion(Named named, MeetingLog meetings, ReminderPlanner planner, PendingQuestions questions,
                    ActivityTally tally) {
        this.tally = tally;
        this.named = named;
        this.meetings = meetings;
        this.planner = planner;
        this.questions = questions;
    }

    CommandHandler<DeleteMeeting> ask() {
        return (command, c) -> named.known(command.person(), c, person -> {
            Optional<Meeting> found = meetings.withContact(c.workspace(), c.rep().id(), person.id()).stream()
                    .filter(m -> command.day().isEmpty() || command.day().get()
                            .equals(m.endsAt().atZone(c.now().getZone()).toLocalDate()))
                    .findFirst();
            if (found.isEmpty()) {
                return Reply.of("I have no meeting of yours with " + person.name().display()
                        + command.day().map(d -> " on " + d).orElse("") + " to delete. Nothing changed.");
            }
            String summary = summary(found.get(), person, c);
            questions.ask(new PendingQuestion(c.workspace(), c.rep().id(),
                    new ConfirmDeleteMeeting(found.get().id().value(), summary), "deleting " + summary, c.text(),
                    c.instant()));
            return Reply.of("Delete " + summary + "? Its ask reminder goes too if it still waits; "
                            + person.name().display() + " stays; your goals and digests stop counting it. Delete? Yes / No")
                    .withActions(List.of(SuggestedAction.send("Yes", "yes"), SuggestedAction.send("No", "no")));
        });
    }

    CommandHandler<ConfirmDeleteMeeting> confirm() {
        return (command, c) -> {
            Optional<Meeting> meeting = meetings.find(c.workspace(), new MeetingId(command.meeting()))
                    .filter(m -> m.rep().equals(c.rep().id()));
            if (meeting.isEmpty()) {
                return Reply.of(command.summary() + " is already gone. Nothing changed.");
            }
            boolean reminder = planner.meetingDeleted(c.rep(), meeting.get());
            meetings.delete(c.workspace(), meeting.get().id());
            Scorekeeper.counted(c.rep(), meeting.get()).forEach(tally::retract);
            return Reply.of("Deleted " + command.summary() + (reminder ? " and its ask reminder" : "")
                    + ". Wrong? Say \"undo\".");
        };
    }

    private static String summary(Meeting meeting, Contact person, Conversation c) {
        return "the meeting with " + person.label() + " " + c.moments().date(meeting.endsAt())
                + meeting.topic().map(t -> " about " + t).orElse("");
    }
}
