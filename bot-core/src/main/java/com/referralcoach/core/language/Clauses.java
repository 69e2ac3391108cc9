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

    Optional<Command> read(String message, ZonedDateTime now, BiFunction<String, ZonedDateTime, Optional<Command>> single) {
        String[] parts = CUT.split(message);
        if (parts.length < 2 || parts.length > 4) {
            return Optional.empty();
        }
        List<Command> commands = new ArrayList<>();
        Optional<String> person = Optional.empty();
        for (String part : parts) {
            String clause = part;
            if (person.isPresent()) {
                String name = person.get();
                Matcher pronoun = PRONOUN.matcher(clause);
                clause = pronoun.replaceAll(found -> found.group().toLowerCase().endsWith("'s") ? Matcher.quoteReplacement(name + " is")
                        : found.group().toLowerCase().endsWith("'ll") ? Matcher.quoteReplacement(name + " will")
                        : found.group().toLowerCase().endsWith("'d") ? Matcher.quoteReplacement(name + " would")
                        : Matcher.quoteReplacement(name));
            }
            Optional<Command> read = single.apply(clause, now);
            if (read.isEmpty() || read.get() instanceof Invalid || read.get() instanceof Unknown
                    || read.get() instanceof Several || read.get() instanceof Unsure) {
                return Optional.empty();
            }
            if (person.isEmpty()) {
                person = firstPerson(read.get());
            }
            commands.add(read.get());
        }
        for (int i = 1; i < commands.size(); i++) {
            if (commands.get(i).getClass() == commands.get(i - 1).getClass()
                    && firstPerson(commands.get(i)).equals(firstPerson(commands.get(i - 1)))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Several(commands));
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
