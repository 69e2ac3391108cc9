package com.referralcoach.core.port;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;
import java.util.Objects;

/**
 * One batch of an import's writes, numbered from 0: the contacts it creates, the details it fills in, the birthdays
 * and customer-since dates it records, and the ids of the reminders those will plan.
 */
public record ImportBatch(WorkspaceId workspace, ImportId id, int number, List<Contact> created,
                          List<ContactFill> filled, List<RelationshipEvent> events, List<ReminderId> reminders) {
    public ImportBatch {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        if (number < 0) {
            throw new IllegalArgumentException("a batch number is 0 or more");
        }
        created = List.copyOf(created);
        filled = List.copyOf(filled);
        events = List.copyOf(events);
        reminders = List.copyOf(reminders);
    }
}
