package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a person is close to the rep's ideal referral: a telling word of it ("logistics", "operations") in what
 * the rep knows of them (title, company, notes, meeting topics). People like the ones a rep wants to meet tend to
 * know more of them.
 */
final class IdealMatch {
    static final String REASON = "close to your ideal referral";
    private static final Set<String> COMMON = Set.of("with", "from", "that", "they", "them", "their", "people",
            "person", "firms", "firm", "companies", "company", "businesses", "business", "size", "sized", "mid-size",
            "small", "large", "big", "like", "more", "who", "heads", "head", "owners", "owner", "leaders", "leader",
            "teams", "team", "at", "of", "in", "and", "the", "for");

    private IdealMatch() {
    }

    static boolean close(String ideal, Contact person, Relationship r) {
        Set<String> telling = words(ideal).filter(w -> w.length() >= 4 && !COMMON.contains(w))
                .map(IdealMatch::stem).collect(Collectors.toSet());
        if (telling.isEmpty()) {
            return false;
        }
        String known = Stream.of(person.title().stream(), person.company().stream(), person.notes().stream(),
                        r.meetings().stream().map(Meeting::topic).flatMap(java.util.Optional::stream))
                .flatMap(s -> s).collect(Collectors.joining(" "));
        return words(known).map(IdealMatch::stem).anyMatch(telling::contains);
    }

    private static Stream<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty());
    }

    /** "operations" and "operation", "logistics" and "logistic" count as one. */
    private static String stem(String word) {
        return word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }
}
