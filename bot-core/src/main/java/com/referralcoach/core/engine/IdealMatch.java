package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.TellingWords;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import java.util.Optional;
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

    private IdealMatch() {
    }

    static boolean close(String ideal, Contact person, Relationship r) {
        Set<String> telling = TellingWords.of(ideal);
        if (telling.isEmpty()) {
            return false;
        }
        String known = Stream.of(person.title().stream(), person.company().stream(), person.notes().stream(),
                        r.meetings().stream().map(Meeting::topic).flatMap(Optional::stream))
                .flatMap(s -> s).collect(Collectors.joining(" "));
        return TellingWords.anyIn(telling, known);
    }
}
