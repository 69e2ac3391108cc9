package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reminders.RelationshipPlanner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers an import's planned rows into batches of {@value #SIZE} and writes each one: the store writes its ledger,
 * contacts, details and dates, then its reminders are scheduled. Only one batch is held at a time.
 */
final class ImportBatches {
    static final int SIZE = 500;
    /** Birthdays are kept in a leap year, as typed ones are, so 29 February stays. */
    private static final int LEAP_YEAR = 2000;

    private final Rep rep;
    private final ImportId id;
    private final ContactImports imports;
    private final RelationshipPlanner planner;
    private final ReminderQueue queue;
    private final Instant now;
    private int number;
    private int rows;
    private final List<Contact> created = new ArrayList<>();
    private final List<ContactFill> filled = new ArrayList<>();
    private final List<RelationshipEvent> events = new ArrayList<>();
    private final List<Reminder> reminders = new ArrayList<>();

    ImportBatches(Rep rep, ImportId id, ContactImports imports, RelationshipPlanner planner, ReminderQueue queue,
                  Instant now) {
        this.rep = rep;
        this.id = id;
        this.imports = imports;
        this.planner = planner;
        this.queue = queue;
        this.now = now;
    }

    void add(RowPlan plan) {
        if (plan instanceof RowPlan.Create create) {
            created.add(create.contact());
            dates(create.contact().id(), create.birthday(), create.customerSince());
        } else if (plan instanceof RowPlan.Complete complete) {
            if (!complete.fill().isEmpty()) {
                filled.add(complete.fill());
            }
            dates(complete.contact().id(), complete.birthday(), complete.customerSince());
        }
        if (++rows >= SIZE) {
            flush();
        }
    }

    private void dates(ContactId contact, Optional<MonthDay> birthday, Optional<LocalDate> since) {
        birthday.ifPresent(day -> {
            LocalDate date = day.atYear(LEAP_YEAR);
            events.add(RelationshipEvent.dated(rep, contact, RelationshipEventKind.BIRTHDAY, date, now));
            reminders.addAll(planner.occasionReminders(rep, contact, date, true, now));
        });
        since.ifPresent(date -> {
            events.add(RelationshipEvent.dated(rep, contact, RelationshipEventKind.CUSTOMER_SINCE, date, now));
            reminders.addAll(planner.occasionReminders(rep, contact, date, false, now));
        });
    }

    /** Writes what is gathered, if anything. */
    void flush() {
        if (created.isEmpty() && filled.isEmpty() && events.isEmpty()) {
            rows = 0;
            return;
        }
        imports.write(new ImportBatch(rep.workspace(), id, number++, created, filled, events,
                reminders.stream().map(Reminder::id).toList()));
        if (!reminders.isEmpty()) {
            queue.scheduleAll(List.copyOf(reminders));
        }
        created.clear();
        filled.clear();
        events.clear();
        reminders.clear();
        rows = 0;
    }
}
