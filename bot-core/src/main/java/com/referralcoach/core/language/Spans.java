package com.referralcoach.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a clause: runs of capitalised name words ("Ann Lo", "José Núñez", "Kim" of "Kim's"), each a company
 * when "at", "from", "of", "over at", "@" or a bracket comes before it, else a person. A company belongs to the
 * person named just before it.
 */
final class Spans {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'.\\-&]*|&|@|\\(|\\)|[,;:]|\\s[-–—]+\\s");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)'s$");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
    private static final Pattern ONE_WORD_TO_END = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'.&-]*\\s*(?:$|[,;(])");
    private static final java.util.Set<String> COMPANY_CUES = java.util.Set.of("at", "from", "of", "@", "(");

    /** A name found at [start, end) of the clause. */
    record Span(String text, int start, int end, boolean company) {
    }

    private Spans() {
    }

    static List<Span> in(String clause) {
        List<Span> spans = new ArrayList<>();
        Matcher word = WORD.matcher(clause);
        List<int[]> run = new ArrayList<>();
        String cue = "";
        String previous = "";
        int depth = 0;
        while (word.find()) {
            String token = word.group();
            depth += token.equals("(") ? 1 : token.equals(")") && depth > 0 ? -1 : 0;
            String bare = POSSESSIVE.matcher(token).replaceFirst("$1");
            boolean possessive = !bare.equals(token);
            boolean nameWord = (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0)) && !run.isEmpty()
                    && cue.equals("company")) && !NameShape.NEVER.contains(bare.toLowerCase(Locale.ROOT))
                    || !run.isEmpty() && (bare.equals("&") || isParticle(bare));
            if (nameWord) {
                if (run.isEmpty()) {
                    String before = previous.toLowerCase(Locale.ROOT);
                    boolean afterPerson = spans.stream().anyMatch(span -> !span.company());
                    cue = ARTICLES.contains(before) ? "thing"
                            : depth > 0 || COMPANY_CUES.contains(before) && (afterPerson || !before.equals("from"))
                            || before.equals(",") && afterFullName(spans, clause, word.start()) ? "company" : "person";
                }
                run.add(new int[] {word.start(), word.start() + bare.length()});
                if (possessive) {
                    close(clause, run, cue, spans);
                }
            } else {
                close(clause, run, cue, spans);
            }
            previous = token;
        }
        close(clause, run, cue, spans);
        return spans;
    }

    /**
     * True when a comma closes a person's full name just before: "Bo Park, Kite" (one word after it, then the end or
     * a comma) names Bo Park's company.
     */
    private static boolean afterFullName(List<Span> spans, String clause, int at) {
        if (spans.isEmpty()) {
            return false;
        }
        Span last = spans.get(spans.size() - 1);
        Matcher rest = ONE_WORD_TO_END.matcher(clause).region(at, clause.length());
        return !last.company() && last.text().indexOf(' ') > 0 && clause.substring(last.end(), at).strip().equals(",")
                && rest.lookingAt();
    }

    private static boolean isParticle(String word) {
        return java.util.Set.of("de", "da", "van", "von", "der", "la", "le", "del", "di", "du").contains(word);
    }

    private static void close(String clause, List<int[]> run, String cue, List<Span> spans) {
        if (run.isEmpty() || cue.equals("thing") && run.size() == 1) {
            run.clear();
            return;
        }
        int start = run.get(0)[0];
        int end = run.get(run.size() - 1)[1];
        String text = clause.substring(start, end);
        boolean company = cue.equals("company");
        if (company ? NameShape.company(text) : NameShape.person(text)) {
            spans.add(new Span(text, start, end, company));
        }
        run.clear();
    }

    static List<Span> people(List<Span> spans) {
        return spans.stream().filter(span -> !span.company()).toList();
    }

    /**
     * The company named after this person and before the next one, else one named before any person ("the COO of
     * Talon, Joe Marx") when this is the first person.
     */
    static Optional<String> companyOf(Span person, List<Span> spans) {
        Optional<String> found = Optional.empty();
        List<Span> people = people(spans);
        if (!people.isEmpty() && people.get(0) == person) {
            found = spans.stream().filter(span -> span.company() && span.end() <= person.start())
                    .map(Span::text).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        for (Span span : spans) {
            if (span.start() > person.start()) {
                if (!span.company()) {
                    return found;
                }
                if (found.isEmpty()) {
                    found = Optional.of(span.text());
                }
            }
        }
        return found;
    }
}
