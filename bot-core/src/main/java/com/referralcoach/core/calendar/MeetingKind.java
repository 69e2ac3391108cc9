package com.referralcoach.core.calendar;

import java.util.List;
import java.util.Objects;

/** What an occurrence is to the coach: a customer meeting, an internal one, one to ask the rep about, or none. */
public sealed interface MeetingKind {
    /** Someone outside the team's domains attends: one ask per customer at its end. */
    record Customer(List<CustomerAttendee> customers) implements MeetingKind {
        public Customer {
            customers = List.copyOf(customers);
            if (customers.isEmpty()) {
                throw new IllegalArgumentException("a customer meeting has a customer");
            }
        }
    }

    /** Every attendee is in the team's domains. */
    record Internal() implements MeetingKind {
    }

    /** No one but the rep (and rooms) is on it, or the team's domains aren't known: ask the rep who it is with. */
    record AskTheRep() implements MeetingKind {
    }

    /** Not a meeting the rep holds: cancelled, declined, marked free, all day, or every customer declined. */
    record Ignored(Why why) implements MeetingKind {
        public Ignored {
            Objects.requireNonNull(why, "why");
        }
    }

    /** Why an occurrence is ignored. */
    enum Why {
        CANCELLED, DECLINED, FREE, ALL_DAY, CUSTOMERS_DECLINED
    }
}
