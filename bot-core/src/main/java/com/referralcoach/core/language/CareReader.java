package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how a rep looked after a referrer: "updated Jane Doe", "sent Jane Doe a thank you", "thanked Jane Doe". */
final class CareReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    /** "updated the proposal" is about a thing, not a person. */
    private static final String NOT_A_THING = "(?!(?:the|a|an|my|our|his|her|their|its)\\s)";
    /** A person named in the middle of a phrase: never across a " - " or ": " note separator. */
    private static final String PERSON = "(" + NOT_A_THING + "(?:(?!\\s*[—–]|\\s-+\\s|:\\s).)+?)";
    private static final String SENT = "^(?:i\\s+)?(?:sent|gave|emailed|texted|wrote)\\s+";
    private static final String AN = "(?:an?\\s+|the\\s+|my\\s+)?(?:quick\\s+|short\\s+|little\\s+)?";
    private static final String UPDATE = "(?:status\\s+|progress\\s+)?update";
    private static final String THANKS =
            "(?:thank[\\s-]*you|thanks)(?:\\s+(?:note|card|gift|message|email|e-mail|call))?";
    private static final String SENT_TO = "\\s+(?:was\\s+|is\\s+)?(?:sent|given|done)\\s+to(?:\\s+(.*))?$";

    private static final Pattern UPDATED = Pattern.compile("^(?:i\\s+)?updated\\s+" + NOT_A_THING + "(.+)$", FLAGS);
    private static final Pattern SENT_PERSON_UPDATE = Pattern.compile(
            SENT + PERSON + "\\s+" + AN + UPDATE + "(?![\\p{L}\\p{N}])(.*)$", FLAGS);
    private static final Pattern SENT_UPDATE_TO = Pattern.compile(SENT + AN + UPDATE + "\\s+to(?:\\s+(.*))?$", FLAGS);
    private static final Pattern UPDATE_SENT_TO = Pattern.compile("^" + AN + UPDATE + SENT_TO, FLAGS);

    private static final Pattern THANKED = Pattern.compile(
            "^(?:i\\s+)?(?:thanked|said\\s+thanks\\s+to)\\s+" + NOT_A_THING + "(.+)$", FLAGS);
    private static final Pattern SENT_PERSON_THANKS = Pattern.compile(
            SENT + PERSON + "\\s+" + AN + THANKS + "(?![\\p{L}\\p{N}])(.*)$", FLAGS);
    private static final Pattern SENT_THANKS_TO = Pattern.compile(SENT + AN + THANKS + "\\s+to(?:\\s+(.*))?$", FLAGS);
    private static final Pattern THANKS_SENT_TO = Pattern.compile("^" + AN + THANKS + SENT_TO, FLAGS);

    /** What follows the person and is not part of the name: "on Tom Lee's deal", "for the intro". */
    private static final Pattern ABOUT = Pattern.compile("\\s+(?:on|about|re|regarding|for)\\s+.*$", FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text) {
        return person(text, Examples.UPDATED, UPDATED, SENT_UPDATE_TO, UPDATE_SENT_TO, SENT_PERSON_UPDATE)
                .map(referrer -> referrer.toCommand(RecordReferrerUpdate::new))
                .or(() -> person(text, Examples.THANKED, THANKED, SENT_THANKS_TO, THANKS_SENT_TO,
                        SENT_PERSON_THANKS)
                        .map(referrer -> referrer.toCommand(RecordThanks::new)));
    }

    /** The person in group 1 of the first pattern that matches, without any note or "about ..." that follows. */
    private Optional<Reading<PersonRef>> person(String text, String example, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                String head = Notes.split(Optional.ofNullable(matcher.group(1)).orElse("")).head();
                return Optional.of(people.read(ABOUT.matcher(head).replaceFirst(""), example));
            }
        }
        return Optional.empty();
    }
}
