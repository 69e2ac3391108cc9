package com.referralcoach.core.language;

/** "undo import": take the rep's latest import back out, whole, within a day of it. */
public record UndoImport() implements Command {
}
