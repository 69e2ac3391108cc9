package com.referralcoach.core.language;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand made plain before reading: greetings and fillers dropped ("hey coach,", "fyi", "ok so", "pls"),
 * abbreviations spelled out ("mtg" meeting, "w/" with, "re:" about, "tmrw" tomorrow, "vm" voicemail), emoji and
 * repeated punctuation ("!!", "??") gone. Case and names are kept as typed.
 */
final class Phrasing {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern EMOJI = Pattern.compile("(?:^|(?<=\\s))[\\p{So}\\p{Sk}\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}"
            + "\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}]+(?=[\\s!.]*$)|^[\\p{So}\\x{1F000}-\\x{1FAFF}\\x{FE0F}]+");
    private static final Pattern OPENING = Pattern.compile("^(?:(?:hey|hi|hello|yo)(?:\\s+(?:coach|there|bot))?"
            + "|fyi|ok(?:ay)?\\s+so|so|ok(?:ay)?|btw|also|just\\s+fyi|heads\\s+up"
            + "|(?:please|pls|plz)\\s+log(?:\\s+(?:that|this))?)(?:\\s*[,:!.\\-–—]+\\s*|\\s+)(?=\\S)"
            + "|^(?:quick\\s+)?(?:update|note|news)\\s*[:\\-–—]+\\s*", FLAGS);
    private static final Pattern JUST = Pattern.compile("^(?:i\\s+)?just\\s+(?=\\S)", FLAGS);
    private static final Pattern POLITE = Pattern.compile("[,\\s]*\\b(?:pls|plz|please)\\b[\\s!.]*$"
            + "|(?<=^|\\s)(?:pls|plz|please)\\s+(?=\\S)", FLAGS);
    /** A closing "thanks" is politeness, unless it is what was sent or said ("sent Jane Doe thanks"). */
    private static final Pattern CLOSING_THANKS = Pattern.compile("([,.!]?)\\s*\\b(?:thx|thanks|ty)\\b[\\s!.]*$", FLAGS);
    private static final Pattern SENT_OR_SAID = Pattern.compile("\\b(?:sent|said|send|say|gave|give)\\b", FLAGS);
    /** Repeated punctuation closing a word ("signed!!", "pipeline??"); a lone "???" is what was typed. */
    private static final Pattern REPEATED = Pattern.compile("(?<=[\\p{L}\\p{N})])([!?.,])\\1+");
    /** "signed!! 8500 usd", "is a go! signed": a bang inside the message is excitement, dropped. */
    private static final Pattern INNER_BANG = Pattern.compile("(?<=[\\p{L}\\p{N}])!+(?=\\s+\\S)");
    private static final Pattern END = Pattern.compile("(?<=[\\p{L}\\p{N})'\"])[\\s!?.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<Pattern, String> SHORTHAND = Map.ofEntries(
            Map.entry(Pattern.compile("\\bmtgs?\\b", FLAGS), "meeting"),
            Map.entry(Pattern.compile("(?<!\\S)w/(?=\\s|$)|(?<!\\S)w/(?=\\S)|(?<!\\S)w(?=\\s+\\p{Lu})"), "with "),
            Map.entry(Pattern.compile("\\bre:\\s*|(?<!\\S)re(?=\\s)", FLAGS), "about "),
            Map.entry(Pattern.compile("\\b(?:tmrw|tmr|tomo|tmw|2moro)\\b", FLAGS), "tomorrow"),
            Map.entry(Pattern.compile("\\bvm\\b", FLAGS), "voicemail"),
            Map.entry(Pattern.compile("\\beod\\b", FLAGS), "end of day"),
            Map.entry(Pattern.compile("\\bbday\\b|\\bb-day\\b", FLAGS), "birthday"),
            Map.entry(Pattern.compile("\\bconvo\\b", FLAGS), "conversation"),
            Map.entry(Pattern.compile("\\bintro'?d\\b", FLAGS), "introduced"),
            Map.entry(Pattern.compile("\\bdemo'?d\\b", FLAGS), "demoed"),
            Map.entry(Pattern.compile("\\bty\\b(?=\\s+(?:note|card))", FLAGS), "thank you"),
            Map.entry(Pattern.compile("\\bdidnt\\b", FLAGS), "didn't"),
            Map.entry(Pattern.compile("\\bwont\\b", FLAGS), "won't"),
            Map.entry(Pattern.compile("\\bwhats\\b", FLAGS), "what's"),
            Map.entry(Pattern.compile("\\bim\\b", FLAGS), "I'm"));
    /** Any of the shorthand: most messages hold none, and one search tells. */
    private static final Pattern ANY_SHORTHAND = Pattern.compile(SHORTHAND.keySet().stream()
            .map(pattern -> "(?:" + pattern.pattern() + ")").collect(java.util.stream.Collectors.joining("|")), FLAGS);

    private Phrasing() {
    }

    /** The message with shorthand spelled out and fillers dropped; never empty when the message had words. */
    static String plain(String message) {
        String unadorned = EMOJI.matcher(message).replaceAll(" ").strip();
        String text = SPACES.split(unadorned).length >= 2 ? unadorned : message;
        text = INNER_BANG.matcher(REPEATED.matcher(text).replaceAll("$1")).replaceAll("");
        for (Map.Entry<Pattern, String> shorthand : ANY_SHORTHAND.matcher(text).find() ? SHORTHAND.entrySet()
                : Map.<Pattern, String>of().entrySet()) {
            Matcher matcher = shorthand.getKey().matcher(text);
            if (matcher.find()) {
                text = matcher.replaceAll(shorthand.getValue());
            }
        }
        String before;
        do {
            before = text;
            text = OPENING.matcher(text.strip()).replaceFirst("");
            text = JUST.matcher(text).replaceFirst("");
        } while (!text.equals(before));
        text = POLITE.matcher(text).replaceAll(" ");
        Matcher thanks = CLOSING_THANKS.matcher(text);
        if (thanks.find() && thanks.start() > 0 && (!thanks.group(1).isEmpty() || !SENT_OR_SAID.matcher(text).find())) {
            text = text.substring(0, thanks.start());
        }
        text = SPACES.matcher(text).replaceAll(" ").strip();
        text = END.matcher(text).replaceFirst("");
        return text.isBlank() ? message.strip() : text;
    }
}
