package com.referralcoach.core.language;

import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the fields of a form or a slash command into a {@link Command}, each field for what it is: names, companies,
 * topics and notes are taken as typed, never read as a sentence ("Ann about Lo" stays a name); only an end time, an
 * amount, a stage, contact details and a zone are read. A field that can't be read makes an {@link Invalid}; never
 * throws.
 */
public final class FormReadings {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String CONTACT_EXAMPLE = "tom@globex.com or +1 555 0100";

    private final PersonReader people = new PersonReader();
    private final MeetingEnds ends = new MeetingEnds();
    private final ContactDetailsReader contacts = new ContactDetailsReader();
    private final MoneyReader money = new MoneyReader();
    private final ZoneNames zones = new ZoneNames();

    /** A meeting whose end is typed ("3:30pm", "in 45 min", "tomorrow 2-3pm"), read in {@code now}'s zone. */
    public Command meeting(String person, Optional<String> company, Optional<String> topic, Optional<String> end,
                           ZonedDateTime now) {
        return meeting(person, company, topic, ends.typed(field(end), now));
    }

    /** A meeting ending today at a time picked on a 24-hour clock, in {@code now}'s zone. */
    public Command meetingEndingAt(String person, Optional<String> company, Optional<String> topic,
                                   Optional<LocalTime> end, ZonedDateTime now) {
        return meeting(person, company, topic, ends.picked(end, now));
    }

    /** A referral; {@code contact} holds fields with the lead's email and/or phone, {@code need} what they need. */
    public Command referral(String referrer, String lead, Optional<String> company, List<String> contact,
                            Optional<String> need) {
        Reading<LeadDetails> details = details(contact, field(need));
        return people.readName(line(referrer), Examples.REFERRAL)
                .then(from -> people.readName(line(lead), Examples.REFERRAL)
                        .then(to -> details.then(known -> Reading.<Command>of(new LogReferral(from,
                                new PersonRef(to.name(), field(company)), known)))))
                .toCommand(command -> command);
    }

    /** A lead moved to a stage named as {@link LeadStage#label()} says it; the amount counts only when won. */
    public Command leadStage(String lead, String stage, Optional<String> amount) {
        Optional<LeadStage> moved = Stream.of(LeadStage.values())
                .filter(known -> known != LeadStage.NEW && known.label().equalsIgnoreCase(line(stage))).findFirst();
        if (moved.isEmpty()) {
            return new Invalid("I don't know the stage \"" + line(stage) + "\": say contacted, meeting booked,"
                    + " proposal sent, won or lost.", Examples.CONTACTED);
        }
        Optional<String> won = moved.get() == LeadStage.WON ? field(amount) : Optional.empty();
        Reading<Optional<Money>> amountWon = won.isEmpty() ? Reading.of(Optional.empty())
                : money.read(won.get()).then(found -> Reading.of(Optional.of(found)));
        return people.readName(line(lead), Examples.CONTACTED)
                .then(who -> amountWon.then(found -> Reading.<Command>of(
                        new MoveLead(who, moved.get(), found, Optional.empty()))))
                .toCommand(command -> command);
    }

    /** The rep's time zone: "Europe/Berlin", "berlin", "UTC". */
    public Command timeZone(String zone) {
        String typed = line(zone);
        return zones.find(typed).<Command>map(SetTimeZone::new)
                .orElseGet(() -> new Invalid("I don't know the time zone \"" + typed + "\". Did you mean "
                        + zones.closest(typed) + "?", Examples.TIME_ZONE));
    }

    private Command meeting(String person, Optional<String> company, Optional<String> topic,
                            Reading<MeetingReader.Window> window) {
        return people.readName(line(person), Examples.MEETING)
                .then(who -> window.then(when -> Reading.<Command>of(new LogMeeting(
                        new PersonRef(who.name(), field(company)), field(topic), when.startsAt(), when.endsAt()))))
                .toCommand(command -> command);
    }

    /** Every field's email and phone; anything else in them (a name, a note) is a field that can't be read. */
    private Reading<LeadDetails> details(List<String> contact, Optional<String> need) {
        String typed = line(String.join(" ", contact));
        ContactDetailsReader.LeadText read = contacts.read(typed);
        if (!read.person().isBlank() || read.details().need().isPresent()) {
            return Reading.invalid("I couldn't read \"" + typed + "\" as an email address or a phone number.",
                    CONTACT_EXAMPLE);
        }
        return Reading.of(new LeadDetails(read.details().email(), read.details().phone(), need));
    }

    private static Optional<String> field(Optional<String> value) {
        return value.map(FormReadings::line).filter(text -> !text.isEmpty());
    }

    private static String line(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
