package com.referralcoach.core.language;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses which command a message that was not understood most resembles: by the spelling of its first words, and by
 * the people and companies found in it ("Ann Lo at Vela": a meeting with Ann Lo; two names: a referral), whose names
 * then stand in the example.
 */
final class ClosestCommand {
    private static final int WORDS_LOOKED_AT = 4;
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> EXAMPLES = examples();
    /** Only a plain full name is put in an example: "Ann Lo", not "Jane" or "Wrokdays Mon-Fri". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}");

    /**
     * An {@link Unknown} naming the nearest keyword with the names found put in its example; else, when names were
     * found, the meeting or referral they suggest ("a meeting with Ann Lo"); else "help".
     */
    Unknown guess(String text) {
        String cased = LowerCaseNames.in(text).map(LowerCaseNames.Cased::text).orElse(text);
        List<Spans.Span> spans = Spans.in(cased).stream()
                .filter(span -> FULL_NAME.matcher(span.text()).matches() || span.company()).toList();
        StringBuilder unnamed = new StringBuilder(cased);
        for (int i = spans.size() - 1; i >= 0; i--) {
            unnamed.replace(spans.get(i).start(), spans.get(i).end(), " ");
        }
        Unknown byWord = byKeyword(unnamed.toString());
        List<Spans.Span> people = Spans.people(spans);
        Optional<String> company = spans.stream().filter(Spans.Span::company).map(Spans.Span::text).findFirst();
        if (people.isEmpty()) {
            return company.filter(at -> byWord.closest().equals("help"))
                    .map(at -> new Unknown("a meeting at " + at, "met Jane Doe at " + at + " about pricing"))
                    .orElse(byWord);
        }
        String first = people.get(0).text();
        Optional<String> second = people.size() > 1 ? Optional.of(people.get(1).text()) : Optional.empty();
        if (!byWord.closest().equals("help")) {
            String example = byWord.example().contains("Jane Doe") ? byWord.example().replace("Jane Doe", first)
                    .replace("Tom Lee", second.orElse("Tom Lee")) : byWord.example().replace("Tom Lee", first);
            return new Unknown(byWord.closest(), example);
        }
        String at = company.map(name -> " (" + name + ")").orElse("");
        return second.map(lead -> new Unknown("a referral from " + first, first + " referred " + lead + at))
                .orElseGet(() -> new Unknown("a meeting with " + first,
                        "met " + first + company.map(name -> " at " + name).orElse("") + " about pricing"));
    }

    private Unknown byKeyword(String text) {
        String best = "help";
        int bestDistance = Integer.MAX_VALUE;
        String[] words = NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT).strip());
        for (String word : Arrays.copyOf(words, Math.min(words.length, WORDS_LOOKED_AT))) {
            for (String keyword : EXAMPLES.keySet()) {
                int distance = EditDistance.between(word, keyword);
                if (!word.isEmpty() && distance <= keyword.length() / 2 && distance < bestDistance) {
                    best = keyword;
                    bestDistance = distance;
                }
            }
        }
        return new Unknown(best, EXAMPLES.get(best));
    }

    private static Map<String, String> examples() {
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("meeting", Examples.MEETING);
        examples.put("met", Examples.MET);
        examples.put("call", Examples.CALL);
        examples.put("asked", Examples.ASKED);
        examples.put("skip", Examples.SKIPPED);
        examples.put("declined", Examples.DECLINED);
        examples.put("referred", Examples.REFERRED);
        examples.put("referral", Examples.REFERRAL);
        examples.put("contacted", Examples.CONTACTED);
        examples.put("proposal", Examples.PROPOSAL);
        examples.put("won", Examples.WON);
        examples.put("lost", Examples.LOST);
        examples.put("pipeline", Examples.PIPELINE);
        examples.put("contact", Examples.CONTACT);
        examples.put("timezone", Examples.TIME_ZONE);
        examples.put("updated", Examples.UPDATED);
        examples.put("thanked", Examples.THANKED);
        examples.put("snooze", Examples.SNOOZE);
        examples.put("remind", Examples.REMIND_ME);
        examples.put("reminders", Examples.REMINDERS);
        examples.put("upcoming", Examples.REMINDERS);
        examples.put("cancel", Examples.CANCEL);
        examples.put("hours", Examples.WORKING_HOURS);
        examples.put("workdays", Examples.WORK_DAYS);
        examples.put("manager", Examples.MANAGER);
        examples.put("goal", GoalCommands.GOAL);
        examples.put("team", GoalCommands.TEAM);
        examples.put("digest", GoalCommands.DIGEST_NOW);
        examples.put("help", Examples.HELP);
        return Collections.unmodifiableMap(examples);
    }
}
