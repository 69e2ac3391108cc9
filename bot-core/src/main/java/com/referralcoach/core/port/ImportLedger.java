package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReminderId;
import java.util.List;

/**
 * What an import's removal took out: the contacts it had created, the details it had filled in (those the rep had
 * changed since stay), how many events it had recorded, and its reminders, for the caller to cancel.
 */
public record ImportLedger(List<ContactId> created, List<ContactFill> filled, int events, List<ReminderId> reminders) {
    public ImportLedger {
        created = List.copyOf(created);
        filled = List.copyOf(filled);
        reminders = List.copyOf(reminders);
    }
}
