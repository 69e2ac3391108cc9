package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.language.FixMeeting;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "the meeting with Jane Doe today was about pricing", "... ended at 4pm": the rep's meeting with the person that day
 * (or the latest) gets the topic or end corrected, and an ask reminder still waiting moves with a new end. The count
 * of meetings stays where it was counted.
 */
final class MeetingFix implements CommandHandler<FixMeeting> {
    private final Named named;
    private final MeetingLog meetings;
    private final ReminderPlanner planner;

    MeetingFix(Named named, MeetingLog meetings, ReminderPlanner planner) {
        this.named = named;
        this.meetings = meetings;
        this.planner = planner;
    }

    @Override
    public Reply handle(FixMeeting command, Conversation c) {
        return named.known(command.person(), c, person -> {
            Optional<Meeting> found = meetings.withContact(c.workspace(), c.rep().id(), person.id()).stream()
                    .filter(m -> command.day().isEmpty() || command.day().get()
                            .equals(m.endsAt().atZone(c.now().getZone()).toLocalDate()))
                    .findFirst();
            Moments moments = c.moments();
            if (found.isEmpty()) {
                return Reply.of("I have no meeting of yours with " + person.name().display()
                        + command.day().map(d -> " on " + d).orElse("") + " to correct. Nothing changed.");
            }
            Meeting meeting = found.get();
            Instant end = command.endsAt().map(t -> meeting.endsAt().atZone(c.now().getZone()).with(t).toInstant())
                    .orElse(meeting.endsAt());
            if (meeting.startsAt().filter(start -> !end.isAfter(start)).isPresent()) {
                return Reply.of("That meeting started at " + moments.time(meeting.startsAt().get()) + ", so it can't"
                        + " end at " + moments.time(end) + ". Nothing changed.");
            }
            Meeting fixed = new Meeting(meeting.workspace(), meeting.id(), meeting.rep(), meeting.contact(),
                    command.topic().or(meeting::topic), meeting.startsAt(), end, meeting.loggedAt());
            if (fixed.equals(meeting)) {
                return Reply.of("That meeting already says so. Nothing changed.");
            }
            meetings.save(fixed);
            String moved = end.equals(meeting.endsAt()) ? "" : planner.meetingMoved(c.rep(), fixed)
                    .map(r -> " Its ask reminder moved to " + moments.dateTime(r.dueAt()) + ".").orElse("");
            return Reply.of("Corrected the meeting with " + person.label() + " " + moments.date(meeting.endsAt())
                    + ": " + String.join("; ", changes(meeting, fixed, moments)) + "." + moved + " Wrong? Say \"undo\".");
        });
    }

    private static List<String> changes(Meeting before, Meeting after, Moments moments) {
        List<String> changes = new ArrayList<>();
        if (!before.topic().equals(after.topic())) {
            changes.add("about " + after.topic().orElse("") + before.topic().map(t -> " (was " + t + ")").orElse(""));
        }
        if (!before.endsAt().equals(after.endsAt())) {
            changes.add("ends " + moments.time(after.endsAt()) + " (was " + moments.time(before.endsAt()) + ")");
        }
        return changes;
    }
}
