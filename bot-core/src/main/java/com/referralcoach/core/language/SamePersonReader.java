package com.referralcoach.core.language;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Jane and Jane Doe are the same person", "Jane is the same person as Jane Doe", "merge Jon Doe into John Doe": two
 * capitalised names of one person ("Acme and Globex are the same size" is no merge).
 */
final class SamePersonReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SAME_PERSON = Pattern.compile("^(.+?)\\s+(?:and|&)\\s+(.+?)\\s+are\\s+(?:the\\s+)?"
            + "same(?:\\s+person)?$|^(.+?)\\s+is\\s+(?:the\\s+)?same\\s+(?:person\\s+)?as\\s+(.+?)$", FLAGS);
    private static final Pattern MERGE = Pattern.compile("^(?:please\\s+)?merge\\s+(.+?)\\s+(?:into|with|and)\\s+(.+?)$",
            FLAGS);
    /**
     * Words each reading needs, with the same flags: a message holding neither is no merge, and the two patterns above
     * (their lazy names backtrack over the whole message) are not tried on it.
     */
    private static final Pattern NEEDED = Pattern.compile("same|merge", FLAGS);

    private final Function<String, Optional<PersonRef>> person;

    SamePersonReader(Function<String, Optional<PersonRef>> person) {
        this.person = person;
    }

    /**
     * "Jane and Jane Doe are the same person" keeps the fuller name (the second when both are as full); "merge Jane
     * into Jane Doe" keeps the second.
     */
    Optional<Command> read(String message) {
        if (!NEEDED.matcher(message).find()) {
            return Optional.empty();
        }
        Matcher same = SAME_PERSON.matcher(message);
        Matcher merge = MERGE.matcher(message);
        String first;
        String second;
        if (same.matches()) {
            first = same.group(1) != null ? same.group(1) : same.group(3);
            second = same.group(1) != null ? same.group(2) : same.group(4);
        } else if (merge.matches()) {
            first = merge.group(1);
            second = merge.group(2);
        } else {
            return Optional.empty();
        }
        Optional<PersonRef> one = person.apply(first).filter(ref -> NameShape.capitalised(ref.name().display()));
        Optional<PersonRef> other = person.apply(second).filter(ref -> NameShape.capitalised(ref.name().display()));
        if (one.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        boolean firstFuller = same.matches() && words(one.get()) > words(other.get());
        return Optional.of(firstFuller ? new MergePeople(other.get(), one.get())
                : new MergePeople(one.get(), other.get()));
    }

    private static int words(PersonRef ref) {
        return ref.name().display().strip().split("\\s+").length;
    }
}
