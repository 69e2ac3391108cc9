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
        Matcher referred = REFERRED.matcher(text);
        if (referred.matches()) {
            return Optional.of(referral(referred.group(1), referred.group(2), Examples.REFERRED));
        }
        return Optional.empty();
    }

    private Command referral(String referrerText, String leadText, String example) {
        ContactDetailsReader.LeadText lead = details.read(leadText);
        return people.read(referrerText, example).then(referrer -> people.read(lead.person(), example)
                .then(person -> Reading.<Command>of(new LogReferral(referrer, person, lead.details()))))
                .toCommand(command -> command);
    }
}
