package com.referralcoach.core.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a phrase can be a person's or a company's name. "the CFO", "her cousin", "for a referral", "today" and
 * "Ruth Ames for a Google review" never are; "Ann Lo", "O'Brien", "José Núñez", "jane doe" are. Lower-case words are
 * checked against every common word; capitalised ones only against words that are never names ("The", "CFO").
 */
final class NameShape {
    private static final int MAX_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * " - " or ": " before words, or a comma before a lower-case word: a note was taken into the name ("Jane Doe:
     * called her", "Sonic, talked about"), not {"$gt": ""}.
     */
    private static final Pattern NOTE_SEPARATOR = Pattern.compile("(?: [-–—]+|:) +\\p{L}|, +\\p{Ll}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;.!?]+$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'.\\-]*");
    private static final Pattern COMPANY_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'.\\-&+!]*|&|\\+");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "van", "von", "der", "den",
            "la", "le", "du", "dos", "das", "bin", "al", "st.");
    /** Words that are never a name, whatever their case. */
    static final Set<String> NEVER = Set.copyOf(java.util.List.of("the", "a", "an", "my", "our", "his", "her", "their", "its", "your",
            "this", "that", "these", "those", "i", "me", "you", "he", "she", "him", "they", "them", "we", "us", "it",
            "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "hey", "hi", "fyi", "ok",
            "pls", "please", "thanks", "today", "tonight", "tomorrow", "yesterday", "cfo", "ceo", "coo", "cto", "cmo",
            "cio", "vp", "svp", "evp", "md", "hr", "it's", "i'm", "i've", "i'll", "who", "what", "when", "where",
            "why", "how", "yes", "no", "not", "and", "or", "but", "for", "with", "about", "to", "from", "by", "on",
            "in", "at", "of", "via", "re", "regarding", "is", "was", "were", "are", "be", "been", "has", "had", "have",
            "will", "would", "can", "could", "should", "did", "do", "does", "don't", "didn't", "won't", "just",
            "also", "so", "if", "then", "than", "as", "after", "before", "over", "into", "up", "out", "off",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "next", "last", "morning", "afternoon", "evening",
            "night", "week", "month", "year", "weekend", "lunch", "dinner", "coffee", "breakfast", "drinks",
            "meeting", "call", "demo", "zoom", "chat", "referral", "referrals", "intro", "introduction", "review",
            "testimonial", "recommendation", "rec", "proposal", "quote", "deal", "contract", "pricing", "update",
            "birthday", "anniversary", "problem", "issue", "reminder", "goal", "goals", "pipeline", "help", "team",
            "teams", "digest", "lead", "leads", "client", "clients", "customer", "customers", "boss", "manager",
            "cousin", "brother", "sister", "mom", "mum", "dad", "wife", "husband", "friend", "friends", "colleague",
            "guy", "guys", "lady", "person", "people", "folks", "founder", "owner", "director", "head", "president",
            "partner", "conference", "event", "office", "work", "home", "there", "here", "now", "later", "soon",
            "again", "yet", "still", "too", "very", "really", "great", "good", "nice", "quick", "some", "any", "all",
            "every", "each", "other", "another", "new", "old", "said", "asked", "met", "signed", "closed", "won",
            "lost", "gave", "got", "sent", "thanked", "updated", "referred", "introduced", "connector", "csat",
            "nps", "score", "rush", "hurry", "know", "knows", "think", "maybe", "sure", "yeah", "yep", "nope",
            "end", "day", "days", "hours", "hour", "min", "mins", "minutes", "voicemail", "email", "linkedin",
            "google", "g2", "one", "two", "three", "name", "names", "ask", "asks", "loop", "touch", "base", "done", "flag",
            "mark", "gone", "quiet", "solved", "fixed", "resolved", "sorted", "log", "stuff", "things", "back"));

    /** Capitalised words that are still never a name ("The", "CFO", "Today"); "Great Lakes" or "Will" may be. */
    private static final Set<String> NEVER_CAPITALISED = Set.of("the", "a", "an", "my", "our", "his", "her", "their",
            "its", "your", "this", "that", "i", "me", "he", "she", "they", "we", "it", "you", "today", "tomorrow",
            "tonight", "yesterday", "someone", "somebody", "cfo", "ceo", "coo", "cto", "cmo", "cio", "vp", "hey", "fyi",
            "for", "about", "with", "and", "re", "to");

    private NameShape() {
    }

    /**
     * True when no word of the phrase is a common word or a possessive and no note separator is in it: what a name
     * the strict grammar read must pass ("Zoë 🚀 Ørsted" does, "Ruth Ames for a Google review" does not).
     */
    static boolean plausible(String phrase) {
        if (NOTE_SEPARATOR.matcher(phrase).find() || phrase.contains("!!")) {
            return false;
        }
        for (String word : SPACES.split(phrase.strip())) {
            String lower = TRAILING_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
            if (lower.endsWith("'s") || common(word, lower)) {
                return false;
            }
        }
        return !phrase.isBlank();
    }

    private static boolean common(String word, String lower) {
        return Character.isUpperCase(word.charAt(0)) ? NEVER_CAPITALISED.contains(lower) : NEVER.contains(lower);
    }

    /** True when the phrase can be a person's name: one to four name words, none of them a common word. */
    static boolean person(String phrase) {
        String[] words = SPACES.split(phrase.strip());
        if (phrase.isBlank() || words.length > MAX_WORDS + 1) {
            return false;
        }
        int named = 0;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(word)) {
                continue;
            }
            if (!NAME_WORD.matcher(word).matches() || common(word, lower) || lower.endsWith("'s")) {
                return false;
            }
            named++;
        }
        return named > 0 && named <= MAX_WORDS;
    }

    /** True when the phrase can be a company's name: one to five words, not opening with a common word. */
    static boolean company(String phrase) {
        String[] words = SPACES.split(phrase.strip());
        if (phrase.isBlank() || words.length > MAX_WORDS + 1) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(words[i].charAt(0)) || Character.isDigit(words[i].charAt(0));
            if (!COMPANY_WORD.matcher(words[i]).matches() || lower.endsWith("'s")
                    || (i == 0 || !capital) && common(words[i], lower) && !lower.equals("&")) {
                return false;
            }
        }
        return true;
    }

    /** True when every word of the phrase starts with a capital (particles aside): "Ann Lo", "O'Brien". */
    static boolean capitalised(String phrase) {
        for (String word : SPACES.split(phrase.strip())) {
            if (!PARTICLES.contains(word) && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return !phrase.isBlank();
    }
}
