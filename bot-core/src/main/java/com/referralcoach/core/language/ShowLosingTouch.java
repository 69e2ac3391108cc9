package com.referralcoach.core.language;

/** "losing touch": the people most overdue for a check-in. */
public record ShowLosingTouch() implements Command {
}
