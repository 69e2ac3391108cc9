package com.referralcoach.core.reminders;

import com.referralcoach.core.reply.Reply;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One person's lines of the prep note before a meeting: a meeting with several customers (a calendar event) plans a
 * prep note per customer, and they come in one message, "Prep for 'Kickoff' at 10:00 AM:" and a line per person.
 *
 * @param meeting the meeting's start and end, which the notes of one meeting share
 * @param heading the note's first line, "Prep for 'Kickoff' at 10:00 AM:"
 * @param person  how the person is shown ("Ann Lo (Vela)")
 * @param line    what to know about them and the ask to make at the end
 */
public record MeetingPrep(String meeting, String heading, String person, String line) implements MeetingPart {
    public MeetingPrep {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(line, "line");
    }

    /** This person's note alone. */
    public Reply alone() {
        return together(List.of(this));
    }

    /** The notes of one meeting in one message: the heading once, then a line per person, alphabetically. */
    public static Reply together(List<MeetingPrep> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no prep notes to put together");
        }
        StringBuilder text = new StringBuilder(parts.get(0).heading());
        parts.stream().sorted(Comparator.comparing(MeetingPrep::person, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> text.append("\n• ").append(p.person()).append(':').append(p.line()));
        return Reply.of(text.toString());
    }
}
