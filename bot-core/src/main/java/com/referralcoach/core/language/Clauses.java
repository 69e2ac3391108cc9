package com.referralcoach.core.language;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two things said in one message ("great call with Ann Lo (Vela) - she introduced me to Bo Park"): the message is
 * cut where a new clause starts, "she", "he" or "they" in a later clause stand for the person of the first, and each
 * clause is read alone. Only clauses that each read as a command, of different kinds or people, make
 * {@link Several}.
 */
final class Clauses {
    private static final Pattern CUT = Pattern.compile("\\s+[-–—]+\\s+|\\s*[;]\\s*|,\\s+(?:and\\s+)?|\\s+and\\s+(?=(?:i\\s+)?\\p{Ll}+ed\\b|she\\b|he\\b|they\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:she|he|they)\\b(?:'s|'d|'ll)?|\\b(?:her|him|them)\\b(?!\\s+\\p{L}+'s)",
            Pattern.CASE_INSENSITIVE);

    /** A capitalised word next: "told her Bo Park signed" becomes "told Ann Lo, Bo Park signed", two names. */
    private static final Pattern BEFORE_NAME = Pattern.compile("\\s+\\p{Lu}");

    Optional<Command> read(String message, ZonedDateTime now, BiFunction<String, ZonedDateTime, Optional<Command>> single) {
        String[] parts = CUT.split(message);
        if (parts.length < 2 || parts.length > 4) {
            return Optional.empty();
        }
        List<Command> commands = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Optional<String> person = Optional.empty();
        boolean capitals = !message.equals(message.toLowerCase(java.util.Locale.ROOT));
        for (String part : parts) {
            String clause = part;
            if (person.isPresent()) {
                String name = person.get();
                String before = clause;
                Matcher pronoun = PRONOUN.matcher(clause);
                clause = pronoun.replaceAll(found -> found.group().toLowerCase().endsWith("'s") ? Matcher.quoteReplacement(name + " is")
                        : found.group().toLowerCase().endsWith("'ll") ? Matcher.quoteReplacement(name + " will")
                        : found.group().toLowerCase().endsWith("'d") ? Matcher.quoteReplacement(name + " would")
                        : Matcher.quoteReplacement(name + (BEFORE_NAME.matcher(before).region(found.end(), before.length())
                                .lookingAt() ? "," : "")));
            }
            Optional<Command> read = single.apply(clause, now);
            if (read.isEmpty() || read.get() instanceof Invalid || read.get() instanceof Unknown
                    || read.get() instanceof Several || read.get() instanceof Unsure) {
                return Optional.empty();
            }
            if (capitals && firstPerson(read.get()).filter(name -> !NameShape.capitalised(name)).isPresent()) {
                return Optional.empty();
            }
            if (person.isEmpty()) {
                person = firstPerson(read.get());
            }
            int last = commands.size() - 1;
            if (last >= 0 && commands.get(last).getClass() == read.get().getClass()
                    && firstPerson(commands.get(last)).equals(firstPerson(read.get()))) {
                String joined = said.get(last) + " - " + part;
                Optional<Command> both = single.apply(joined, now)
                        .filter(command -> command.getClass() == read.get().getClass());
                if (both.isEmpty()) {
                    return Optional.empty();
                }
                commands.set(last, both.get());
                said.set(last, joined);
                continue;
            }
            commands.add(read.get());
            said.add(part);
        }
        return commands.size() < 2 ? Optional.empty() : Optional.of(new Several(commands));
    }

    private static Optional<String> firstPerson(Command command) {
        for (var component : command.getClass().getRecordComponents()) {
            if (component.getType() == PersonRef.class) {
                try {
                    return Optional.of(((PersonRef) component.getAccessor().invoke(command)).name().display());
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
