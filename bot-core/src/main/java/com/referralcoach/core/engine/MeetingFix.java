package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.language.FixMeeting;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "the meeting with Jane Doe today was about pricing", "... ended at 4pm", "... started at 1:30pm", "... was at 2pm",
 * "... was yesterday": the rep's meeting with the person that day (or the latest) gets its topic, end, start, time or
 * day corrected. When its end moves, a waiting ask reminder moves with it and its count in the tallies moves to the
 * new end, so goals and digests count it where it happened.
 */
final class MeetingFix implements CommandHandler<FixMeeting> {
    private final Named named;
    private final MeetingLog meetings;
    private final ReminderPlanner planner;
    private final ActivityTally tally;

    MeetingFix(Named named, MeetingLog meetings, ReminderPlanner planner, ActivityTally tally) {
        this.named = named;
        this.meetings = meetings;
        this.planner = planner;
        this.tally = tally;
    }

    @Override
    public Reply handle(FixMeeting command, Conversation c) {
        return named.known(command.person(), c, person -> {
            ZoneId zone = c.now().getZone();
            Optional<Meeting> found = meetings.withContact(c.workspace(), c.rep().id(), person.id()).stream()
                    .filter(m -> command.day().isEmpty() || command.day().get()
                            .equals(m.endsAt().atZone(zone).toLocalDate()))
                    .findFirst();
            Moments moments = c.moments();
            if (found.isEmpty()) {
                return Reply.of("I have no meeting of yours with " + person.name().display()
                        + command.day().map(d -> " on " + d).orElse("") + " to correct. Nothing changed.");
            }
            Meeting meeting = found.get();
            Meeting fixed = fixed(meeting, command, zone);
            if (fixed.startsAt().filter(start -> !fixed.endsAt().isAfter(start)).isPresent()) {
                return Reply.of("That meeting would start at " + moments.time(fixed.startsAt().get()) + ", so it can't end"
                        + " at " + moments.time(fixed.endsAt()) + ". Nothing changed.");
            }
            if (fixed.equals(meeting)) {
                return Reply.of("That meeting already says so. Nothing changed.");
            }
            meetings.save(fixed);
            String moved = "";
            if (!fixed.endsAt().equals(meeting.endsAt())) {
                Scorekeeper.counted(c.rep(), meeting).forEach(tally::retract);
                Scorekeeper.counted(c.rep(), fixed).forEach(tally::record);
                moved = planner.meetingMoved(c.rep(), fixed)
                        .map(r -> " Its ask reminder moved to " + moments.dateTime(r.dueAt()) + ".").orElse("");
            }
            return Reply.of("Corrected the meeting with " + person.label() + " " + moments.date(meeting.endsAt())
                    + ": " + String.join("; ", changes(meeting, fixed, moments)) + "." + moved + " Wrong? Say \"undo\".");
        });
    }

    /** The meeting as corrected: its day first, then its time (whole, or its start), then its end and topic. */
    private static Meeting fixed(Meeting meeting, FixMeeting command, ZoneId zone) {
        Optional<Instant> start = meeting.startsAt();
        Instant end = meeting.endsAt();
        if (command.movedTo().isPresent()) {
            long days = ChronoUnit.DAYS.between(end.atZone(zone).toLocalDate(), command.movedTo().get());
            start = start.map(s -> s.atZone(zone).plusDays(days).toInstant());
            end = end.atZone(zone).plusDays(days).toInstant();
        }
        if (command.at().isPresent()) {
            Instant anchor = start.orElse(end);
            Duration shift = Duration.between(anchor, anchor.atZone(zone).with(command.at().get()).toInstant());
            start = start.map(s -> s.plus(shift));
            end = end.plus(shift);
        }
        if (command.startsAt().isPresent()) {
            Instant anchor = start.orElse(end);
            start = Optional.of(anchor.atZone(zone).with(command.startsAt().get()).toInstant());
        }
        Instant endNow = end;
        end = command.endsAt().map(t -> endNow.atZone(zone).with(t).toInstant()).orElse(end);
        return new Meeting(meeting.workspace(), meeting.id(), meeting.rep(), meeting.contact(),
                command.topic().or(meeting::topic), start, end, meeting.loggedAt());
    }

    private static List<String> changes(Meeting before, Meeting after, Moments moments) {
        List<String> changes = new ArrayList<>();
        if (!before.topic().equals(after.topic())) {
            changes.add("about " + after.topic().orElse("") + before.topic().map(t -> " (was " + t + ")").orElse(""));
        }
        if (!moments.date(before.endsAt()).equals(moments.date(after.endsAt()))) {
            changes.add("moved to " + moments.date(after.endsAt()) + " (was " + moments.date(before.endsAt()) + ")");
        }
        if (after.startsAt().isPresent() && !before.startsAt().map(moments::time)
                .equals(after.startsAt().map(moments::time))) {
            changes.add("starts " + moments.time(after.startsAt().get())
                    + before.startsAt().map(s -> " (was " + moments.time(s) + ")").orElse(""));
        }
        if (!moments.time(before.endsAt()).equals(moments.time(after.endsAt()))) {
            changes.add("ends " + moments.time(after.endsAt()) + " (was " + moments.time(before.endsAt()) + ")");
        }
        return changes;
    }
}
