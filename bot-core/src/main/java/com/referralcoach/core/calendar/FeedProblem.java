package com.referralcoach.core.calendar;

/** Why a calendar link can't be used, as the rep reads it; never names the link, which is a password. */
public enum FeedProblem {
    NOT_A_LINK("That isn't a calendar link I can read: it should start with https:// or webcal://."),
    NOT_A_CALENDAR("The link gives something that isn't a calendar (a web page, JSON or a file of another kind). "
            + Advice.ICS),
    NOT_FOUND("The calendar wasn't found there (404): the link may have been reset or unpublished."),
    PRIVATE("The calendar is private (the server asks for a login). Use its secret address in iCal format, "
            + "or publish it and use that link."),
    TOO_BIG("The calendar is larger than 5 MB, more than I read."),
    TIMED_OUT("The calendar server didn't finish answering within 10 seconds."),
    REDIRECT_LOOP("The link redirects too often or in a loop."),
    REFUSED_ADDRESS("The link points at a private or local network address, which I don't read."),
    UNREACHABLE("I couldn't reach the calendar server.");

    private final String reason;

    FeedProblem(String reason) {
        this.reason = reason;
    }

    /** Where to find a link that works. */
    String advice() {
        return Advice.ICS;
    }

    /** The reason as the rep reads it. */
    public String reason() {
        return reason;
    }

    private static final class Advice {
        static final String ICS = "Copy the calendar's secret address in iCal format (Google), its published ICS "
                + "link (Outlook) or its public calendar link (iCloud).";
    }
}
