package com.referralcoach.core.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Omar Haddad's wife referred me to Paul Grant": the referral came from someone close to the person named, not
 * from them. It is credited to Omar (the relationship the rep has) only once the rep says yes.
 */
final class ThroughSomeoneElse {
    private static final String KIN = "(wife|husband|partner|friend|brother|sister|son|daughter|dad|father|mom|mum"
            + "|mother|cousin|colleague|co-?worker|boss|neighbou?r|buddy|assistant)";

    private ThroughSomeoneElse() {
    }

    static Command checked(Command reading, String message) {
        if (!(reading instanceof LogReferral referral)) {
            return reading;
        }
        Matcher kin = Pattern.compile(Pattern.quote(referral.referrer().name().display()) + "['’]s\\s+" + KIN + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(message);
        return kin.find() ? new Unsure(reading, Summary.of(reading) + " (it came from their " + kin.group(1) + ")")
                : reading;
    }
}
