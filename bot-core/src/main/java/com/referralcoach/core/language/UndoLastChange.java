package com.referralcoach.core.language;

/** "undo" / "that's wrong": take back the last change the rep made, within a few minutes. */
public record UndoLastChange() implements Command {
}
