package com.referralcoach.core.language;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Guesses which command a message that was not understood most resembles, by the spelling of its first words. */
final class ClosestCommand {
    private static final int WORDS_LOOKED_AT = 4;
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> EXAMPLES = examples();

    /** An {@link Unknown} naming the nearest keyword, or "help" when nothing is near. */
    Unknown guess(String text) {
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
