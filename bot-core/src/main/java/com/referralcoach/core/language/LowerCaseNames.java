package com.referralcoach.core.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names typed in lower case where a name stands ("coffee w/ dev shah", "met hana sato at vela", "jane doe referred
 * tom lee"), title-cased so the readers see them. A person slot is after met / with / to / for / thanked..., at the
 * start of the message, or before a verb; a company slot after at / of / @ / a bracket, or after "from" once a person
 * was named. Two or three name-like words that are no common word make a sure person; one word is a guess, and a
 * reading naming a guessed person is confirmed before it is saved.
 */
final class LowerCaseNames {
    private static final int MAX_WORDS = 3;
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("(\\(?)(\\p{Ll}[\\p{Ll}'’\\-]*?)((?:['’]s)?)([,;:.!?)]*)");
    private static final Pattern SUFFIX = Pattern.compile(".{3,}(?:ly|ing|tion|sion|ment|ness|ity|ful|less|ous)");
    private static final Set<String> COMMON = common();
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "di", "du", "van", "von", "der", "la", "le");
    private static final Set<String> PERSON_CUES = Set.of("met", "with", "w", "w/", "to", "for", "thanked", "thank",
            "asked", "ask", "called", "call", "emailed", "email", "pinged", "ping", "texted", "text", "messaged",
            "contacted", "updated", "update", "saw", "from", "visited", "and", "by", "told", "tell", "introduced", "referred",
            "in", "sent", "send", "left", "gave", "give", "booked", "closed", "signed", "won", "lost", "lunch",
            "coffee", "zoom", "demo", "demoed", "chased", "nudged", "contact", "congratulated", "loop", "looped",
            "lead");
    private static final Set<String> AFTER_PERSON = Set.of("referred", "introduced", "put", "passed", "hooked",
            "connected", "sent", "gave", "signed", "closed", "won", "lost", "ghosted", "went", "said", "says", "is", "was",
            "has", "had", "asked", "thanked", "declined", "agreed", "wants", "needs", "will", "just", "got", "loved",
            "left", "replied", "called", "emailed", "bought", "renewed", "churned", "dropped", "didn't", "can't",
            "won't", "isn't", "wasn't", "rated", "scored", "proposal", "contacted", "meeting", "from", "at",
            "of", "(", "-", "–", "about", "and", "re", "today", "yesterday", "on", "booked", "never", "responded",
            "ghosting", "demo", "reordered", "upsold", "expanded", "issue", "issues", "invoice", "outage", "problem",
            "account");
    private static final Set<String> COMPANY_CUES = Set.of("at", "of", "@");
    private static final Pattern EDGES = Pattern.compile("^[(@]+|[,;:.!?)]+$");

    /** The message with its lower-case names title-cased, and the names that were guessed. */
    record Cased(String text, Set<String> guessed) {
    }

    private LowerCaseNames() {
    }

    /** The message with its lower-case names title-cased, or empty when it holds none. */
    static Optional<Cased> in(String message) {
        List<Matcher> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(message);
        while (token.find()) {
            tokens.add(WORD.matcher(token.group()));
        }
        StringBuilder text = new StringBuilder();
        Set<String> guessed = new LinkedHashSet<>();
        String[] words = message.split(" ");
        if (words.length != tokens.size()) {
            return Optional.empty();
        }
        boolean personSeen = false;
        for (int i = 0; i < words.length; i++) {
            int end = run(tokens, i);
            boolean company = end > i && i > 0 && COMPANY_CUES.contains(bare(words[i - 1]))
                    || end > i && !tokens.get(i).group(1).isEmpty()
                    || i > 0 && bare(words[i - 1]).equals("from") && personSeen;
            boolean possessive = end == i + 1 && !tokens.get(i).group(3).isEmpty();
            boolean person = !company && !possessive && (i > 0 && PERSON_CUES.contains(bare(words[i - 1]))
                    || end < words.length && AFTER_PERSON.contains(bare(words[end])) && (i == 0 || end - i > 1)
                    || i == 0 && end == words.length && end > 1);
            boolean beforeName = end < words.length && Character.isUpperCase(words[end].charAt(0));
            if (end > i && (company || person) && !beforeName) {
                String name = titled(words, i, end, text);
                if (person && end - i == 1) {
                    guessed.add(name);
                }
                personSeen |= person;
                i = end - 1;
                continue;
            }
            personSeen |= Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("I");
            text.append(words[i]).append(' ');
        }
        String cased = text.toString().strip();
        return cased.equals(message) ? Optional.empty() : Optional.of(new Cased(cased, Set.copyOf(guessed)));
    }

    /** The end (exclusive) of the run of lower-case name words starting at {@code from}, or {@code from}. */
    private static int run(List<Matcher> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_WORDS + 1) {
            Matcher word = tokens.get(end);
            if (!word.matches() || end > from && !word.group(1).isEmpty()
                    || (end == from || !PARTICLES.contains(word.group(2))) && common(word.group(2))) {
                break;
            }
            end++;
            if (!word.group(3).isEmpty() || !word.group(4).isEmpty()) {
                break;
            }
        }
        if (end == from) {
            return from;
        }
        boolean closed = end == tokens.size() || !tokens.get(end).matches() || common(tokens.get(end).group(2))
                || !tokens.get(end).group(1).isEmpty()
                || !tokens.get(end - 1).group(3).isEmpty() || !tokens.get(end - 1).group(4).isEmpty();
        return end - from <= MAX_WORDS && closed ? end : from;
    }

    /** True when the command (or one of several) names a guessed person or company. */
    static boolean namesAny(Command command, Set<String> guessed) {
        if (command instanceof Several several) {
            return several.commands().stream().anyMatch(one -> namesAny(one, guessed));
        }
        return people(command).map(refs -> refs.stream().anyMatch(ref -> guessedIn(ref.name().display(), guessed)
                || ref.company().filter(company -> guessedIn(company, guessed)).isPresent())).orElse(true);
    }

    /**
     * The people {@code command} names whose names were guessed, when those are all the guesses it holds; empty when
     * a guessed word is in a company's name or anything else.
     */
    static List<PersonRef> guessedPeople(Command command, Set<String> guessed) {
        List<PersonRef> refs = people(command).orElse(List.of());
        if (refs.stream().anyMatch(ref -> ref.company().filter(company -> guessedIn(company, guessed)).isPresent())) {
            return List.of();
        }
        List<PersonRef> people = refs.stream().filter(ref -> guessedIn(ref.name().display(), guessed)).toList();
        Set<String> explained = new HashSet<>();
        people.forEach(ref -> explained.addAll(List.of(ref.name().display().split(" "))));
        return explained.containsAll(guessed) ? people : List.of();
    }

    /** The people a command's fields name, alone or optional; empty when its fields cannot be read. */
    private static Optional<List<PersonRef>> people(Command command) {
        List<PersonRef> refs = new ArrayList<>();
        for (var component : command.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(command);
                if ((value instanceof Optional<?> optional ? optional.orElse(null) : value) instanceof PersonRef ref) {
                    refs.add(ref);
                }
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
        return Optional.of(refs);
    }

    private static boolean guessedIn(String name, Set<String> guessed) {
        for (String word : name.split(" ")) {
            if (guessed.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean common(String word) {
        return word.length() < 2 || COMMON.contains(word) || SUFFIX.matcher(word).matches();
    }

    /** Title-cases words [from, end) into {@code text}; returns the name without its punctuation. */
    private static String titled(String[] words, int from, int end, StringBuilder text) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < end; i++) {
            Matcher word = WORD.matcher(words[i]);
            word.matches();
            String core = PARTICLES.contains(word.group(2)) && i > from ? word.group(2) : title(word.group(2));
            text.append(word.group(1)).append(core).append(word.group(3)).append(word.group(4)).append(' ');
            name.append(core).append(i + 1 < end ? " " : "");
        }
        return name.toString();
    }

    private static String title(String word) {
        StringBuilder titled = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            titled.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '’';
        }
        return titled.toString();
    }

    private static String bare(String word) {
        return EDGES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Set<String> common() {
        Set<String> words = new HashSet<>(NameShape.NEVER);
        try (var in = LowerCaseNames.class.getResourceAsStream("common-words.txt");
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#"))
                    .forEach(line -> words.addAll(List.of(line.strip().split("\\s+"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
