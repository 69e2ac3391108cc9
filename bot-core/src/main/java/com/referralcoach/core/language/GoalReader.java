package com.referralcoach.core.language;

import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalPeriod;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads goals: "goal 5 asks per week", "my goal is 3 referrals a month", "goal 2 referrals given weekly",
 * "set a goal of 5 referrals this month",
 * "team East goal 20 referrals per month", "goals", "team East goals", "remove goal asks".
 */
final class GoalReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TEAM = "(?:team\\s+(.{1,60}?)\\s+|my\\s+)?";
    /** "goal", "goal is", "goal:", "set goal", "set a goal of", "set my goal to". */
    private static final String GOAL = "(?:set\\s+(?:a\\s+|my\\s+|the\\s+)?)?goal(?:\\s+is|\\s+of|\\s+to|\\s*:)?\\s+";
    private static final Pattern SET = Pattern.compile("^" + TEAM + GOAL + "(-?\\d{1,9})\\s+(.+?)"
            + "\\s*(?:(?:per|a|an|each|every|this|/)\\s*(week|wk|month|mo)|(weekly|monthly))$", FLAGS);
    private static final Pattern SET_WITHOUT_PERIOD = Pattern.compile("^" + TEAM + GOAL + "(-?\\d+)"
            + "(?:\\s+(.*))?$", FLAGS);
    private static final Pattern SHOW = Pattern.compile("^(?:show\\s+)?(?:team\\s+(.{1,60}?)\\s+|my\\s+)?goals$", FLAGS);
    private static final Pattern REMOVE = Pattern.compile("^" + TEAM
            + "(?:remove|drop|delete|clear)\\s+(?:the\\s+)?(?:goal\\s+(?:for\\s+)?(.+)|(.+?)\\s+goal)$", FLAGS);

    Optional<Command> read(String text) {
        Matcher show = SHOW.matcher(text);
        if (show.matches()) {
            return Optional.of(new ShowGoals(Optional.ofNullable(show.group(1))));
        }
        Matcher remove = REMOVE.matcher(text);
        if (remove.matches()) {
            String what = remove.group(2) != null ? remove.group(2) : remove.group(3);
            String example = remove.group(1) == null ? "remove goal asks" : "team East remove goal referrals";
            return Optional.of(metric(what, example)
                    .<Command>map(metric -> new RemoveGoal(Optional.ofNullable(remove.group(1)), metric))
                    .orElseGet(() -> unknownMetric(what, example)));
        }
        Matcher set = SET.matcher(text);
        if (set.matches()) {
            return Optional.of(goal(set));
        }
        Matcher partial = SET_WITHOUT_PERIOD.matcher(text);
        if (partial.matches()) {
            String example = partial.group(1) == null ? GoalCommands.GOAL : GoalCommands.TEAM_GOAL;
            return Optional.of(new Invalid("Per week or per month? Say the period too.", example));
        }
        return Optional.empty();
    }

    private static Command goal(Matcher set) {
        Optional<String> team = Optional.ofNullable(set.group(1));
        String example = team.isEmpty() ? GoalCommands.GOAL : GoalCommands.TEAM_GOAL;
        long target = Long.parseLong(set.group(2));
        String periodWord = (set.group(4) != null ? set.group(4) : set.group(5)).toLowerCase(Locale.ROOT);
        GoalPeriod period = periodWord.startsWith("w") ? GoalPeriod.WEEK : GoalPeriod.MONTH;
        Optional<GoalMetric> metric = metric(set.group(3), example);
        if (metric.isEmpty()) {
            return unknownMetric(set.group(3), example);
        }
        if (target == 0) {
            return new RemoveGoal(team, metric.get());
        }
        if (target < 0 || target > com.referralcoach.core.domain.Goal.HIGHEST) {
            return new Invalid("A goal is a number from 1 to " + com.referralcoach.core.domain.Goal.HIGHEST
                    + " (0 removes it).", example);
        }
        return new SetGoal(team, metric.get(), (int) target, period);
    }

    static Optional<GoalMetric> metric(String words, String example) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} -]", "").replaceAll("\\s+", " ").strip();
        if (w.matches("(?:referrals? given|given referrals?|introductions?(?: made)?|intros?|referrals? i give)")) {
            return Optional.of(GoalMetric.REFERRALS_GIVEN);
        }
        if (w.matches("(?:new )?referrals?(?: received)?|leads?")) {
            return Optional.of(GoalMetric.REFERRALS);
        }
        if (w.matches("(?:referral )?asks?|ask for referrals?")) {
            return Optional.of(GoalMetric.ASKS);
        }
        if (w.matches("meetings?|calls?")) {
            return Optional.of(GoalMetric.MEETINGS);
        }
        if (w.matches("wins?|(?:deals?|leads?) won|won (?:deals?|leads?)|deals?")) {
            return Optional.of(GoalMetric.WINS);
        }
        if (w.matches("(?:referrer )?updates?")) {
            return Optional.of(GoalMetric.UPDATES);
        }
        if (w.matches("thank ?-?yous?|thanks|thank you notes?")) {
            return Optional.of(GoalMetric.THANKS);
        }
        if (w.matches("testimonials?|recommendations?|reviews?")) {
            return Optional.of(GoalMetric.TESTIMONIALS);
        }
        return Optional.empty();
    }

    private static Invalid unknownMetric(String words, String example) {
        String shown = words.length() > 40 ? words.substring(0, 40) + "..." : words;
        return new Invalid("I can't count '" + shown + "'. Goals count asks, referrals, referrals given, meetings,"
                + " wins, updates, thank-yous or testimonials.", example);
    }
}
