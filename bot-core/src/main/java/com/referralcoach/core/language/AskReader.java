package com.referralcoach.core.language;

import com.referralcoach.core.domain.AskOutcome;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what came of a referral ask: "asked Jane Doe - got a referral", "Jane Doe said no", "not now Jane Doe". */
final class AskReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final String PERSON = "((?:(?!\\s*[—–]|\\s-+\\s|:\\s).)+?)";
    private static final Pattern ASKED = Pattern.compile("^(?:i\\s+)?asked\\s+(.+)$", FLAGS);
    private static final Pattern SKIPPED = Pattern.compile("^(?:skip(?:ped|ping)?\\s+(?:the\\s+)?ask(?:ing)?"
            + "|didn['’]?t\\s+ask|did\\s+not\\s+ask|not\\s+asking|won['’]?t\\s+ask|not\\s+now(?:\\s+for)?)[\\s:]+(.+)$", FLAGS);
    private static final Pattern FOR_A_REFERRAL = Pattern.compile(
            "\\s+(?:for|about)\\s+(?:a\\s+|an\\s+)?(?:referrals?|intros?|introductions?)$", FLAGS);
    private static final String NOT_COMFORTABLE = "(?:is\\s+|was\\s+)?not\\s+comfortable"
            + "|(?:isn|wasn|aren|weren)['’]?t\\s+comfortable";
    private static final Map<Pattern, AskOutcome> NOTE_OUTCOMES = noteOutcomes();
    /** "said", "said she's", "said they were" before a "not comfortable": the words are dropped. */
    private static final String SAID_THAT = "(?:said\\s+(?:(?:she|he|they)"
            + "(?:['’]s|['’]re|\\s+(?:is|was|are|were))?\\s+)?(?=" + NOT_COMFORTABLE + "))?";
    private static final Pattern SAID_AFTER = Pattern.compile("^" + PERSON + "\\s+" + SAID_THAT + "(said\\s+no|declined"
            + "|refused|" + NOT_COMFORTABLE
            + "|said\\s+maybe|(?:will|['’]ll)\\s+think|is\\s+thinking"
            + "|gave\\s+me\\s+a\\s+referral)(?![\\p{L}\\p{N}])(.*)$", FLAGS);

    private final PersonReader people = new PersonReader();

    /** "asked ...", "skip ask ...", "not now ...": the outcome word comes first. */
    Optional<Command> readOutcomeFirst(String text) {
        Matcher asked = ASKED.matcher(text);
        if (asked.matches()) {
            Notes.Split split = Notes.split(asked.group(1));
            String person = FOR_A_REFERRAL.matcher(split.head()).replaceFirst("");
            return Optional.of(record(person, outcomeOf(split.note().orElse("")), split.note(), Examples.ASKED));
        }
        Matcher skipped = SKIPPED.matcher(text);
        if (skipped.matches()) {
            Notes.Split split = Notes.split(skipped.group(1));
            return Optional.of(record(split.head(), AskOutcome.SKIPPED, split.note(), Examples.SKIPPED));
        }
        return Optional.empty();
    }

    /** "Jane Doe said no", "Jane Doe isn't comfortable": the person comes first. */
    Optional<Command> readPersonFirst(String text) {
        Matcher said = SAID_AFTER.matcher(text);
        if (said.matches()) {
            String phrase = said.group(2);
            AskOutcome outcome = outcomeOf(phrase);
            Optional<String> note = phrase.toLowerCase(Locale.ROOT).contains("comfortable")
                    ? Notes.note(phrase + said.group(3)) : Notes.note(said.group(3));
            return Optional.of(record(said.group(1), outcome, note, Examples.DECLINED));
        }
        return Optional.empty();
    }

    private Command record(String person, AskOutcome outcome, Optional<String> note, String example) {
        return people.read(person, example).toCommand(ref -> new RecordAsk(ref, outcome, note));
    }

    private static AskOutcome outcomeOf(String words) {
        return NOTE_OUTCOMES.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(words).find())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(AskOutcome.ASKED);
    }

    private static Map<Pattern, AskOutcome> noteOutcomes() {
        Map<Pattern, AskOutcome> outcomes = new LinkedHashMap<>();
        outcomes.put(Pattern.compile("said\\s+no\\b|declin|refus|" + NOT_COMFORTABLE
                + "|no\\s+referral|no\\s+thanks|^no\\b|\\bnope\\b|not\\s+interested", FLAGS), AskOutcome.DECLINED);
        outcomes.put(Pattern.compile("referr|got\\s+(?:one|a\\s+name|an\\s+intro|a\\s+lead)|introduc"
                + "|gave\\s+me\\s+(?:a\\s+)?(?:name|lead|contact)", FLAGS), AskOutcome.GOT_REFERRAL);
        // "not right now, maybe after the renewal" is a later, not a no: the ask comes back, without 90 days' wait
        outcomes.put(Pattern.compile("think|maybe|later|get\\s+back|consider|not\\s+sure|let\\s+me\\s+know"
                + "|not\\s+(?:right\\s+)?now|not\\s+yet", FLAGS),
                AskOutcome.THINKING);
        return outcomes;
    }
}
