package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.language.CancelReminder;
import com.referralcoach.core.language.ListReminders;
import com.referralcoach.core.language.SnoozeReminder;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reminders.WorkingTime;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "reminders", "snooze 2h", "remind me tomorrow", "cancel reminder 3": the rep's own view of what is coming. */
final class RemindersHandler {
    private static final int SHOWN = 20;

    private final ReminderQueue queue;
    private final ContactBook contacts;

    RemindersHandler(ReminderQueue queue, ContactBook contacts) {
        this.queue = queue;
        this.contacts = contacts;
    }

    CommandHandler<ListReminders> list() {
        return (command, conversation) -> {
            List<Reminder> coming = queue.upcoming(conversation.workspace(), conversation.rep().id(), SHOWN);
            if (coming.isEmpty()) {
                return Reply.of("No reminders coming. Log a meeting with its end time and I'll remind you to ask.");
            }
            Map<ContactId, Contact> people = people(conversation, coming);
            Moments moments = conversation.moments();
            // Shown when it will come: one due outside the rep's hours (set since it was planned) waits for the start.
            WorkingTime working = ReminderPlanner.working(conversation.rep());
            StringBuilder text = new StringBuilder("Your reminders, soonest first (times in "
                    + conversation.rep().zone().getId() + "):");
            for (int i = 0; i < coming.size(); i++) {
                Reminder r = coming.get(i);
                text.append('\n').append(i + 1).append(". ")
                        .append(r.status() == ReminderStatus.FAILED
                                ? "FAILED (" + r.lastError().orElse("no reason kept") + ")"
                                : moments.dateTime(working.nextOpen(r.dueAt())))
                        .append(" · ").append(ReminderTopics.describe(r, people)).append(" · #").append(r.id().code());
            }
            return Reply.of(text.append("\nSnooze or cancel one by its number or code: \"cancel reminder 2\".")
                    .toString());
        };
    }

    CommandHandler<SnoozeReminder> snooze() {
        return (command, conversation) -> {
            Optional<Reminder> target = command.code().map(code -> byCode(conversation, code))
                    .or(() -> command.number().map(number -> byNumber(conversation, number)))
                    .orElseGet(() -> queue.lastSent(conversation.workspace(), conversation.rep().id()));
            if (target.isEmpty()) {
                return Reply.of(command.code().map(c -> "I have no reminder #" + c + " for you.")
                        .or(() -> command.number().map(n -> "I have no reminder " + n + " for you."))
                        .orElse("There is no reminder to snooze yet.") + " Say \"reminders\" to see them.");
            }
            WorkingTime working = ReminderPlanner.working(conversation.rep());
            Instant due = command.by().map(by -> working.nextOpen(conversation.instant().plus(by)))
                    .orElseGet(() -> ReminderPlanner.nextMorning(conversation.rep(), conversation.instant()));
            Reminder r = target.get();
            if (!queue.reschedule(conversation.workspace(), r.id(), due)) {
                return Reply.of("Reminder #" + r.id().code() + " is being delivered right now; try again in a moment.");
            }
            return Reply.of("Snoozed: " + ReminderTopics.describe(r, people(conversation, List.of(r))) + " comes back "
                    + conversation.moments().dateTime(due) + " (#" + r.id().code() + ").");
        };
    }

    CommandHandler<CancelReminder> cancel() {
        return (command, conversation) -> {
            Optional<Reminder> target = resolve(conversation, command.reference());
            if (target.isEmpty()) {
                return Reply.of("I have no reminder \"" + command.reference() + "\" for you. Say \"reminders\" to see them.");
            }
            Reminder r = target.get();
            String what = ReminderTopics.describe(r, people(conversation, List.of(r)));
            return queue.cancel(conversation.workspace(), r.id())
                    ? Reply.of("Cancelled: " + what + " (#" + r.id().code() + ").")
                    : Reply.of("Reminder #" + r.id().code() + " can't be cancelled now: it is delivered or on its way.");
        };
    }

    private Optional<Reminder> resolve(Conversation conversation, String reference) {
        if (reference.matches("\\d{1,3}")) {
            return byNumber(conversation, Integer.parseInt(reference));
        }
        return byCode(conversation, reference);
    }

    /** The reminder at that number in the rep's "reminders" list, counted from 1. */
    private Optional<Reminder> byNumber(Conversation conversation, int number) {
        List<Reminder> coming = queue.upcoming(conversation.workspace(), conversation.rep().id(), SHOWN);
        int index = number - 1;
        return index >= 0 && index < coming.size() ? Optional.of(coming.get(index)) : Optional.empty();
    }

    private Optional<Reminder> byCode(Conversation conversation, String code) {
        String wanted = code.replace("#", "");
        Optional<Reminder> coming = queue.upcoming(conversation.workspace(), conversation.rep().id(), 500).stream()
                .filter(r -> r.id().code().equals(wanted)).findFirst();
        return coming.or(() -> queue.lastSent(conversation.workspace(), conversation.rep().id())
                .filter(r -> r.id().code().equals(wanted)));
    }

    private Map<ContactId, Contact> people(Conversation conversation, List<Reminder> reminders) {
        List<ContactId> ids = reminders.stream().flatMap(r -> r.contact().stream()).distinct().toList();
        return contacts.findAll(conversation.workspace(), ids).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
    }
}
