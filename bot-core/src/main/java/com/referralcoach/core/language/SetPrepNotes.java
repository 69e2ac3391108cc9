package com.referralcoach.core.language;

/** "prep on" / "prep off": a short prep note before each customer meeting of the rep's calendar, or none. */
public record SetPrepNotes(boolean on) implements Command {
}
