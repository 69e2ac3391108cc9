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

    /** "operations" and "operation", "logistics" and "logistic" count as one. */
    static String stem(String word) {
        return word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }
}
