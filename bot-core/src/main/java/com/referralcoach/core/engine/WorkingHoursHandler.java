package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.WorkingHours;
import com.referralcoach.core.language.SetManager;
import com.referralcoach.core.language.SetWorkDays;
import com.referralcoach.core.language.SetWorkingHours;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.domain.RepId;

/** A rep's own settings: working hours, work days, and the manager who hears about waiting leads. */
final class WorkingHoursHandler {
    private final RepRoster reps;

    WorkingHoursHandler(RepRoster reps) {
        this.reps = reps;
    }

    CommandHandler<SetWorkingHours> hours() {
        return (command, conversation) -> {
            if (command.startMinute() < 0 || command.endMinute() > 24 * 60 || command.startMinute() >= command.endMinute()) {
                return Reply.of("Working hours must start before they end, within 0-24. For example: working hours 9-17");
            }
            return saved(conversation.rep().withHours(
                    conversation.rep().hours().withWindow(command.startMinute(), command.endMinute())));
        };
    }

    CommandHandler<SetWorkDays> days() {
        return (command, conversation) -> command.days().isEmpty()
                ? Reply.of("Name at least one work day. For example: work days mon-fri")
                : saved(conversation.rep().withHours(conversation.rep().hours().withDays(command.days())));
    }

    CommandHandler<SetManager> manager() {
        return (command, conversation) -> {
            String handle = command.manager().strip();
            String id = handle.startsWith("<@") && handle.endsWith(">")
                    ? handle.substring(2, handle.length() - 1) : handle.replaceFirst("^@", "");
            if (id.isBlank() || id.length() > 100) {
                return Reply.of("Who is your manager? For example: my manager is @dana");
            }
            Rep rep = conversation.rep().withManager(new RepId(id));
            reps.save(rep);
            return Reply.of("Saved: your manager is " + handle + ". They hear when a referred lead of yours waits"
                    + " a working day without contact.");
        };
    }

    private Reply saved(Rep rep) {
        reps.save(rep);
        WorkingHours hours = rep.hours();
        return Reply.of("Saved: you hear from me " + hours.display() + " (" + rep.zone().getId()
                + "). Reminders that fall outside wait for the next start.");
    }
}
