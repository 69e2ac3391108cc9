package com.referralcoach.core.calendar;

/** Stops reading one event that can't be used; the feed's other events are still read. */
final class MalformedEvent extends RuntimeException {
    MalformedEvent(String what) {
        super(what, null, false, false);
    }
}
