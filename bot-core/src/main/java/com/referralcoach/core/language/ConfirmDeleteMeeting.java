package com.referralcoach.core.language;

import java.util.Objects;

/** The "yes" to "Delete the meeting with Jane Doe today?": the meeting with id {@code meeting} goes. */
public record ConfirmDeleteMeeting(String meeting, String summary) implements Command {
    public ConfirmDeleteMeeting {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(summary, "summary");
        if (meeting.isBlank()) {
            throw new IllegalArgumentException("a confirmation names the meeting");
        }
    }
}
