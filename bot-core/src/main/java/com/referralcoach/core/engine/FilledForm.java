package com.referralcoach.core.engine;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.FormReadings;
import com.referralcoach.core.language.ImportContacts;
import com.referralcoach.core.language.ShowPipeline;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A form or slash command as the rep filled it in, handed to {@link BotEngine#handle(IncomingMessage, FilledForm)}:
 * its fields become a typed command (see {@link FormReadings}) once the rep's local time is known, never chat text
 * that is parsed again. Adapters build one from their fields and need nothing of the chat language.
 */
public final class FilledForm {
    private final BiFunction<FormReadings, ZonedDateTime, Command> reading;

    private FilledForm(BiFunction<FormReadings, ZonedDateTime, Command> reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    /** A meeting whose end is typed: "3:30pm", "in 45 min", "tomorrow 2-3pm"; no end means it is over. */
    public static FilledForm meeting(String person, Optional<String> company, Optional<String> topic,
                                     Optional<String> end) {
        return new FilledForm((forms, now) -> forms.meeting(person, company, topic, end, now));
    }

    /** A meeting ending today at a time picked on a 24-hour clock; no end means it is over. */
    public static FilledForm meetingEndingAt(String person, Optional<String> company, Optional<String> topic,
                                             Optional<LocalTime> end) {
        return new FilledForm((forms, now) -> forms.meetingEndingAt(person, company, topic, end, now));
    }

    /** A referral; {@code contact} holds fields with the lead's email and/or phone. */
    public static FilledForm referral(String referrer, String lead, Optional<String> company, List<String> contact,
                                      Optional<String> need) {
        List<String> details = List.copyOf(contact);
        return new FilledForm((forms, now) -> forms.referral(referrer, lead, company, details, need));
    }

    /** A lead moved to a stage as the stage's label says it ("proposal sent"); the amount counts when won. */
    public static FilledForm leadStage(String lead, String stage, Optional<String> amount) {
        return new FilledForm((forms, now) -> forms.leadStage(lead, stage, amount));
    }

    public static FilledForm timeZone(String zone) {
        return new FilledForm((forms, now) -> forms.timeZone(zone));
    }

    /**
     * A file the rep shared in the chat, to preview for an import: {@code reference} is how the platform's
     * {@link com.referralcoach.core.port.ContactFiles} opens it again (a shared file's id).
     */
    public static FilledForm sharedFile(String reference) {
        return new FilledForm((forms, now) -> new ImportContacts(reference));
    }

    public static FilledForm pipeline() {
        return new FilledForm((forms, now) -> new ShowPipeline());
    }

    /** The command the fields make at the rep's {@code now}, or an {@code Invalid} saying which field can't be read. */
    public Command read(FormReadings forms, ZonedDateTime now) {
        return reading.apply(forms, now);
    }
}
