package com.referralcoach.core.language;

import java.util.Objects;

/**
 * "calendar https://…/basic.ics": connect a calendar feed (webcal:// is read as https://). The link is a password:
 * this command never prints it.
 */
public record ConnectCalendar(String link) implements Command {
    public ConnectCalendar {
        Objects.requireNonNull(link, "link");
        if (link.isBlank()) {
            throw new IllegalArgumentException("a calendar link is given");
        }
    }

    @Override
    public String toString() {
        return "ConnectCalendar[link hidden]";
    }
}
