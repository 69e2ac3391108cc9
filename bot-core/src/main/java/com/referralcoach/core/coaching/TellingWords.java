package com.referralcoach.core.coaching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a line that say what someone does or needs ("a bookkeeper for her bakery" gives bookkeeper and
 * bakery), stemmed so "operations" meets "operation"; the common words of any such line are left out.
 */
public final class TellingWords {
    private static final Set<String> COMMON = Set.of("with", "from", "that", "this", "they", "them", "their", "people",
            "person", "firms", "firm", "companies", "company", "businesses", "business", "size", "sized", "mid-size",
            "small", "large", "like", "more", "heads", "head", "owners", "owner", "leaders", "leader", "teams", "team",
            "someone", "somebody", "help", "good", "great", "new", "needs", "need", "looking", "some", "could", "would",
            "want", "wants", "about", "into", "over", "other", "others", "what", "when", "will", "your", "ours",
            "have", "just", "really", "very");

    private TellingWords() {
    }

    public static Set<String> of(String text) {
        return words(text).filter(w -> w.length() >= 4 && !COMMON.contains(w)).map(TellingWords::stem)
                .collect(Collectors.toSet());
    }

    /** True when {@code text} holds one of {@code telling}. */
    public static boolean anyIn(Set<String> telling, String text) {
        return words(text).map(TellingWords::stem).anyMatch(telling::contains);
    }

    private static Stream<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty());
    }

    private static final java.util.List<String> SUFFIXES = java.util.List.of("ations", "ation", "ings", "ing", "ers",
            "er", "ants", "ant", "ists", "ist", "ies", "es", "s");

    /**
     * A light stem, so the trade and its practitioner meet: "bookkeeper" and "bookkeeping" give "bookkeep",
     * "plumber" and "plumbing" give "plumb", "operations" and "operation" give "oper". At least four letters stay.
     */
    public static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
