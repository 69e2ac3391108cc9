package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a new referral: "Jane Doe referred Tom Lee at Globex", "referral from Jane Doe: Tom Lee (Globex)". */
final class ReferralReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern FROM_FIRST = Pattern.compile(
            "^(?:(?:i\\s+)?got\\s+(?:a\\s+|an\\s+)?|new\\s+)?(?:referral|intro(?:duction)?)\\s+from\\s+(.+)$", FLAGS);
    private static final Pattern REFERRER_THEN_LEAD = Pattern.compile("^(.+?)(?::\\s*|\\s*[—–]+\\s*|\\s+-+\\s+)(.*)$", FLAGS);
    private static final Pattern REFERRED = Pattern.compile("^(.+?)\\s+(?:referred|introduced|intro['’]?d)"
            + "(?:\\s+me\\s+to|\\s+me)?\\s+(.+)$", FLAGS);

    /**
     * "got a warm intro to Di Ek at Nox via Ann Lo": the lead first, the referrer after via / thru / through / by way
     * of / from (the last such word, so "Bo Park from Kite from Ann Lo" keeps Kite as Bo Park's company).
     */
    private static final Pattern LEAD_THEN_REFERRER = Pattern.compile("^(?:(?:i\\s+)?(?:just\\s+)?got\\s+|new\\s+)?"
            + "(?:a\\s+|an\\s+)?(?:warm\\s+)?(?:referral|intro(?:duction)?)\\s+(?:to|for)\\s+(.+)\\s+"
            + "(via|thru|through|by\\s+way\\s+of|from)\\s+(.+)$", FLAGS);
    /** After "from", only a person's full name is the referrer: "intro to Bo Park from Kite" names a company. */
    private static final Pattern FULL_NAME = Pattern.compile("^\\S+\\s+\\S.*$", FLAGS);

    private final PersonReader people = new PersonReader();
    private final ContactDetailsReader details = new ContactDetailsReader();

    Optional<Command> read(String text) {
        Matcher from = FROM_FIRST.matcher(text);
        if (from.matches()) {
            Matcher parts = REFERRER_THEN_LEAD.matcher(from.group(1));
            if (!parts.matches() || parts.group(2).isBlank()) {
                return Optional.of(new Invalid("Who is the lead? Put the referred person after a colon.",
                        Examples.REFERRAL));
            }
            return Optional.of(referral(parts.group(1), parts.group(2), Examples.REFERRAL));
        }
        Matcher leadFirst = LEAD_THEN_REFERRER.matcher(text);
        if (leadFirst.matches() && (!leadFirst.group(2).equalsIgnoreCase("from") || fullName(leadFirst.group(3)))) {
            Notes.Split referrer = Notes.split(leadFirst.group(3));
            return Optional.of(referral(referrer.head(), leadFirst.group(1)
                    + referrer.note().map(need -> " - " + need).orElse(""), Examples.REFERRAL));
        }
        Matcher referred = REFERRED.matcher(text);
        if (referred.matches()) {
            return Optional.of(referral(referred.group(1), referred.group(2), Examples.REFERRED));
        }
        return Optional.empty();
    }

    private static boolean fullName(String text) {
        return FULL_NAME.matcher(text.strip()).matches() && NameShape.person(text.strip());
    }

    private Command referral(String referrerText, String leadText, String example) {
        ContactDetailsReader.LeadText lead = details.read(leadText);
        return people.read(referrerText, example).then(referrer -> people.read(lead.person(), example)
                .then(person -> Reading.<Command>of(new LogReferral(referrer, person, lead.details()))))
                .toCommand(command -> command);
    }
}
