package com.referralcoach.core.coaching;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the rep did for a customer lately, the thing a specific ask is built on: a meeting's topic, a project
 * delivered ("delivered Acme's payroll migration"), or a win ("cut their onboarding time in half").
 */
public record Project(String what, Source source, Instant at) {
    /** Where the bot learned it; a win is a result, the others are pieces of work. */
    public enum Source { MEETING_TOPIC, DELIVERED, WIN }

    /** The ask's opening question, about this piece of work or this result. */
    String question() {
        if (source == Source.WIN) {
            String result = what.replaceFirst("(?i)^we\\s+", "");
            boolean thing = result.matches("(?i)^(?:a|an|the|their|our|your|his|her|its|some|\\d).*");
            return "I'm glad we could " + (thing ? "deliver " : "") + result
                    + ". Who else do you know who would want a result like that?";
        }
        return "Who else do you know who is wrestling with something like " + yours(what) + "?";
    }

    /** "payroll migration" becomes "the payroll migration"; "their rollout" and "a new CRM" stay. */
    public String named() {
        return what.matches("(?i)^(?:the|our|their|his|her|my|your|a|an)\\s.*") ? what : "the " + what;
    }

    /** "the rollout" becomes "rollout", "a new CRM" stays: to follow a possessive ("Acme's rollout"). */
    static String plain(String topic) {
        return topic.replaceFirst("(?i)^(?:the|our|their|his|her|my|your)\\s+", "");
    }

    /** "the rollout" becomes "your rollout"; "a new CRM" stays as it is. */
    static String yours(String topic) {
        String lower = topic.toLowerCase(Locale.ROOT);
        for (String owner : List.of("the ", "our ", "their ", "his ", "her ", "my ")) {
            if (lower.startsWith(owner)) {
                return "your " + topic.substring(owner.length());
            }
        }
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("your ")) {
            return topic;
        }
        return "your " + topic;
    }
}
