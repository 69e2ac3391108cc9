package com.referralcoach.core.language;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "forget Jane Doe", "erase Jane Doe (Acme)", "delete everything about Jane Doe", "remove all data on Jane Doe",
 * "forget workspace", "forget workspace T0123". Only a name that looks like a person's is taken: "forget it",
 * "forgot to ask Jane" and "don't forget Jane's birthday" are not erasures; "delete the meeting with Jane Doe" is
 * neither an erasure nor a meeting, but a {@link DeleteMeeting}. "delete contact Jane Doe" is the erasure; "delete lead
 * Tom Lee" takes only the rep's referral of Tom Lee. Any other "delete ..." is not understood.
 */
final class ForgetReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PLEASE = "(?:(?:please|pls)\\s+)?";
    private static final String ALL_ABOUT = "(?:everything|all(?:\\s+(?:the\\s+)?(?:data|info|information|records))?"
            + "|(?:all\\s+)?(?:my\\s+)?(?:data|records))\\s+(?:about|on|for|of)\\s+";
    private static final Pattern FORGET = Pattern.compile("^" + PLEASE + "(?:forget|erase)\\s+(?:" + ALL_ABOUT + ")?"
            + "(.+?)(?:\\s+(?:completely|entirely|for good|forever|everywhere))?(?:\\s+please)?[.!]*$", FLAGS);
    private static final Pattern DELETE = Pattern.compile("^" + PLEASE + "(?:delete|remove|wipe)\\s+" + ALL_ABOUT
            + "(.+?)(?:\\s+(?:completely|entirely|for good|forever|everywhere))?(?:\\s+please)?[.!]*$", FLAGS);
    /**
     * "delete contact Jane Doe" is the erasure: a contact goes with everything about them, for every rep. Here and in
     * "delete lead Tom Lee" the name must be capitalised ("remove the contact form" is no person).
     */
    private static final Pattern DELETE_CONTACT = Pattern.compile("^" + PLEASE + "(?:delete|remove)\\s+(?:the\\s+)?"
            + "(?:contact|person)\\s+(.+?)(?:\\s+please)?[.!]*$", FLAGS);
    /** "delete lead Tom Lee": the rep's referral of Tom Lee goes, Tom Lee stays. */
    private static final Pattern DELETE_LEAD = Pattern.compile("^" + PLEASE + "(?:delete|remove|drop)\\s+(?:the\\s+)?"
            + "(?:my\\s+)?lead\\s+(.+?)(?:\\s+please)?[.!]*$", FLAGS);
    /** "delete the meeting with Jane Doe today": that meeting of the rep's goes, the person stays. */
    private static final Pattern DELETE_MEETING = Pattern.compile("^" + PLEASE + "(?:delete|remove)\\s+(?:the\\s+|my\\s+"
            + "|our\\s+)?(?:meeting|mtg|call|coffee|lunch|zoom)\\s+(?:with|w/)\\s+(.+?)(?:\\s+(today|yesterday))?"
            + "(?:\\s+please)?[.!]*$", FLAGS);
    private static final Pattern WORKSPACE = Pattern.compile("^" + PLEASE + "(?:forget|erase|delete|wipe)\\s+"
            + "(?:(?:all\\s+(?:of\\s+)?)?(?:the|this|our)\\s+)?workspace(?:'s\\s+data)?(?:\\s+(\\S+))?[.!]*$", FLAGS);

    /**
     * Deleting one record is not something the bot does yet: such a message is never read as anything else ("delete
     * the meeting with Jane Doe" is no meeting). Reminders and goals have their own "delete" ("delete reminder 2",
     * "delete #3fa9c1", "delete the asks goal"), left to their readers.
     */
    private static final Pattern OTHER_DELETE = Pattern.compile("^" + PLEASE + "(?:delete|erase|wipe)\\b"
            + "(?!.*\\b(?:reminders?|goals?)\\b)(?!\\s+(?:no\\.?\\s*|number\\s+)?#?(?:[0-9a-f]{6}|\\d{1,4})\\s*$).*",
            FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text, ZonedDateTime now) {
        String message = text.strip();
        Matcher meeting = DELETE_MEETING.matcher(message);
        if (meeting.matches()) {
            Optional<Command> person = person(meeting.group(1)).filter(ForgetReader::capitalised);
            if (person.isPresent()) {
                Optional<LocalDate> day = Optional.ofNullable(meeting.group(2)).map(word -> word.equalsIgnoreCase(
                        "yesterday") ? now.toLocalDate().minusDays(1) : now.toLocalDate());
                return Optional.of(new DeleteMeeting(((ForgetPerson) person.get()).person(), day));
            }
        }
        Matcher workspace = WORKSPACE.matcher(message);
        if (workspace.matches()) {
            return Optional.of(new ForgetWorkspace(Optional.ofNullable(workspace.group(1))));
        }
        Matcher lead = DELETE_LEAD.matcher(message);
        if (lead.matches()) {
            Optional<Command> person = person(lead.group(1)).filter(ForgetReader::capitalised);
            if (person.isPresent()) {
                return Optional.of(new DeleteLead(((ForgetPerson) person.get()).person()));
            }
        }
        for (Pattern pattern : new Pattern[] {DELETE_CONTACT, DELETE, FORGET}) {
            Matcher asked = pattern.matcher(message);
            if (asked.matches()) {
                Optional<Command> person = person(asked.group(1))
                        .filter(read -> pattern != DELETE_CONTACT || capitalised(read));
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        // never "forget" as the closest: it erases a person everywhere, for every rep
        return OTHER_DELETE.matcher(message).matches() ? Optional.of(new Unknown("delete lead", Examples.DELETE_LEAD))
                : Optional.empty();
    }

    private static boolean capitalised(Command forget) {
        return NameShape.capitalised(((ForgetPerson) forget).person().name().display());
    }

    /** The person, when the words can be a name (and a company); anything else is no erasure. */
    private Optional<Command> person(String phrase) {
        Reading<PersonRef> read = people.read(phrase, Examples.FORGET);
        if (read.failed() || !NameShape.person(read.get().name().display())
                || read.get().company().filter(company -> !NameShape.company(company)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ForgetPerson(read.get()));
    }
}
