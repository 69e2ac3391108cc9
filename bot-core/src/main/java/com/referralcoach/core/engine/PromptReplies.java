package com.referralcoach.core.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rep's short answer to the bot's last ask prompt ("Your meeting with Nora Bay has ended..."), said again with the
 * person's name so the chat language reads it: "asked" is "asked Nora Bay", "got one: Leo Grant at Hexa" is "Nora
 * Bay referred Leo Grant at Hexa", "she said no" is "Nora Bay said no", "not now" is "not now Nora Bay". Anything
 * longer or naming someone is left as it is.
 */
final class PromptReplies {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String THEM = "(?:\\s+(?:him|her|them))?";
    private static final String THEY = "(?:(?:s?he|they)\\s+)?";
    private static final String END = "[\\s.!✅👍🙌🎉]*$";
    private static final String SHE = "(?:s?he|they)";
    private static final String THINK = "\\s+think\\s+(?:about|abt)\\s+it";
    private static final Pattern ASKED = Pattern.compile("^(?:(?:yes|yep|yeah|yup|done)[\\s,!.-]+)?(?:i\\s+)?"
            + "(?:just\\s+)?(?:asked|did\\s+the\\s+ask|made\\s+the\\s+ask|popped\\s+the\\s+question)" + THEM
            + "(?:\\s+(?:just\\s+now|today))?" + END, FLAGS);
    private static final Pattern ASKED_AND = Pattern.compile("^(?:i\\s+)?asked" + THEM + "\\s*[-,:;–—]+\\s*(.+)$",
            FLAGS);
    private static final Pattern GOT_ONE = Pattern.compile("^(?:got\\s+(?:one|a\\s+(?:referral|name|lead|intro))|"
            + THEY + "gave\\s+me\\s+(?:one|a\\s+(?:name|referral|lead)))(?:\\s*[-,:;–—]+\\s*(.+))?" + END, FLAGS);
    private static final Pattern DECLINED = Pattern.compile("^(?:" + SHE + "(?:\\s+|(?='re))|i\\s+)?(?:(?:said\\s+no"
            + "|(?:was|is|were|are)(?:n'?t|\\s+not)\\s+comfortable|'re\\s+not\\s+comfortable|not\\s+comfortable)"
            + "(?:\\s*[-,:;–—]+\\s*(.+)|\\s+(\\p{Ll}.*))?"
            + "|(?:declined|passed)(?:\\s*[-,:;–—]+\\s*(.+))?)" + END, FLAGS);
    private static final Pattern NO_LUCK = Pattern.compile("^no\\s+luck" + END, FLAGS);
    private static final Pattern THINKING = Pattern.compile("^(?:" + SHE + "(?:'ll|\\s+will)" + THINK
            + "|" + SHE + "\\s+said\\s+(?:s?he'?d|they'?d|s?he\\s+would|they\\s+would)" + THINK
            + "|(?:" + SHE + "\\s+)?said\\s+maybe"
            + "|(?:s?he\\s+is|s?he's|they\\s+are|they're)\\s+thinking(?:\\s+about\\s+it)?"
            + "|maybe)" + END, FLAGS);
    private static final Pattern NOT_NOW = Pattern.compile(
            "^(?:not\\s+now|not\\s+yet|not\\s+the\\s+right\\s+time)" + END, FLAGS);
    /** "nah she was slammed": no moment for it; asked again tomorrow morning, as "was in a rush" is. */
    private static final Pattern RUSHED = Pattern.compile("^(?:(?:nah|no|nope)[\\s,!.-]+)?" + SHE
            + "\\s+(?:was|were|is|are)\\s+(?:slammed|busy|swamped|rushed|in\\s+a\\s+(?:rush|hurry)|running\\s+late)"
            + END, FLAGS);
    private static final Pattern DIDNT_ASK = Pattern.compile("^(?:i\\s+)?didn'?t\\s+ask" + THEM + "(.*)$", FLAGS);

    private PromptReplies() {
    }

    /** True when {@code text} may be an answer to an ask prompt, so the prompt is worth looking up. */
    static boolean mayAnswer(String text) {
        return said(text, "Nobody").isPresent();
    }

    /** {@code text} said again about {@code name}, when it is a short answer to an ask prompt. */
    static Optional<String> said(String text, String name) {
        String typed = text == null ? "" : text.strip().replace('’', '\'');
        if (ASKED.matcher(typed).matches()) {
            return Optional.of("asked " + name);
        }
        Matcher gotOne = GOT_ONE.matcher(typed);
        if (gotOne.matches()) {
            return Optional.of(gotOne.group(1) == null ? "asked " + name + " - got a referral"
                    : name + " referred " + gotOne.group(1).strip());
        }
        Matcher declined = DECLINED.matcher(typed);
        if (declined.matches() || NO_LUCK.matcher(typed).matches()) {
            String note = !declined.matches() ? null : declined.group(1) != null ? declined.group(1)
                    : declined.group(2) != null ? declined.group(2) : declined.group(3);
            String why = note == null ? "" : " - " + note.strip();
            return Optional.of(name + " said no" + why);
        }
        if (THINKING.matcher(typed).matches()) {
            return Optional.of("asked " + name + " - will think about it");
        }
        if (RUSHED.matcher(typed).matches()) {
            return Optional.of(name + " was in a rush");
        }
        if (NOT_NOW.matcher(typed).matches()) {
            return Optional.of("not now " + name);
        }
        Matcher didnt = DIDNT_ASK.matcher(typed);
        if (didnt.matches() && !hasCapitalised(didnt.group(1))) {
            return Optional.of("didn't ask " + name + didnt.group(1));
        }
        Matcher askedAnd = ASKED_AND.matcher(typed);
        if (askedAnd.matches()) {
            return Optional.of("asked " + name + " - " + askedAnd.group(1).strip());
        }
        return Optional.empty();
    }

    private static boolean hasCapitalised(String rest) {
        return !rest.toLowerCase(Locale.ROOT).equals(rest);
    }
}
