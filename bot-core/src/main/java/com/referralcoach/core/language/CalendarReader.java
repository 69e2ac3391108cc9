package com.referralcoach.core.language;

import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar's words, read before anything changes the text (a link keeps its case and dots): "calendar <link>"
 * (Slack's {@code <https://…>} and {@code <https://…|label>} unwrapped), "calendar" for its status, "calendar off",
 * "our domains acme.com, acme.io", "prep on" / "prep off"; and the answers to the bot's question about an event
 * with no one on it: "Q3 review is with Ann Lo at Vela", "skip".
 */
final class CalendarReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PLEASE = "(?:(?:please|pls)\\s+)?";
    private static final Pattern CONNECT = Pattern.compile("^" + PLEASE + "(?:(?:connect|add|use|link)\\s+)?(?:my\\s+)?"
            + "calendar(?:\\s+feed)?\\s*[:=]?\\s*(<[^>\\s]+>|[a-z][a-z0-9+.-]*://\\S+)[.!]?$", FLAGS);
    private static final Pattern STATUS = Pattern.compile("^(?:show\\s+)?(?:my\\s+)?calendar(?:\\s+(?:status|feed))?"
            + "\\s*[?.!]?$", FLAGS);
    private static final Pattern OFF = Pattern.compile("^(?:(?:my\\s+)?calendar\\s+(?:off|disconnect|stop)|"
            + "(?:disconnect|remove|forget|stop reading)\\s+(?:my\\s+)?calendar(?:\\s+feed)?)[.!]?$", FLAGS);
    private static final Pattern DOMAINS = Pattern.compile("^(?:set\\s+)?(?:our|team|the team's)\\s+(?:mail\\s+|email\\s+)?"
            + "domains?\\s*(?:are|is|:|=)?\\s+(.+)$", FLAGS);
    private static final Pattern DOMAIN = Pattern.compile("@?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
            + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+", FLAGS);
    private static final Pattern PREP = Pattern.compile("^(?:turn\\s+)?(?:(on|off)\\s+)?prep(?:\\s+notes?)?"
            + "(?:\\s+(on|off))?[.!]?$", FLAGS);
    private static final Pattern NAMED = Pattern.compile("^['\"]?(.{1,120}?)['\"]?\\s+is\\s+with\\s+(.+?)"
            + "(?:\\s+(?:at|from|of)\\s+(.+?))?[.!]?$", FLAGS);
    private static final Pattern SKIP = Pattern.compile("^skip(?:\\s+it)?[.!]?$", FLAGS);

    /** The commands read from the raw text (links keep their case). */
    Optional<Command> read(String text) {
        Matcher connect = CONNECT.matcher(text);
        if (connect.matches()) {
            String link = unwrapped(connect.group(1));
            return Optional.of(FeedLink.parse(link).isPresent() ? new ConnectCalendar(link)
                    : new Invalid(FeedProblem.NOT_A_LINK.reason(), Examples.CALENDAR));
        }
        if (STATUS.matcher(text).matches()) {
            return Optional.of(new ShowCalendar());
        }
        if (OFF.matcher(text).matches()) {
            return Optional.of(new DisconnectCalendar());
        }
        Matcher prep = PREP.matcher(text);
        if (prep.matches() && (prep.group(1) == null) != (prep.group(2) == null)) {
            String on = prep.group(1) != null ? prep.group(1) : prep.group(2);
            return Optional.of(new SetPrepNotes(on.equalsIgnoreCase("on")));
        }
        Matcher domains = DOMAINS.matcher(text);
        if (domains.matches()) {
            List<String> words = Arrays.stream(domains.group(1).split("[\\s,;]+|\\s+and\\s+")).map(String::strip)
                    .filter(w -> !w.isEmpty() && !w.equalsIgnoreCase("and")).toList();
            boolean all = !words.isEmpty() && words.stream().allMatch(w -> DOMAIN.matcher(w).matches());
            return Optional.of(all ? new SetOurDomains(words.stream()
                    .map(w -> w.replaceFirst("^@", "").toLowerCase(Locale.ROOT)).distinct().toList())
                    : new Invalid("I couldn't read those as mail domains.", Examples.OUR_DOMAINS));
        }
        return Optional.empty();
    }

    /** The answers to "Is 'Q3 review' (Tue 10:00) with a customer?". */
    Optional<Command> readAnswer(String text) {
        if (SKIP.matcher(text).matches()) {
            return Optional.of(new SkipCalendarEvent());
        }
        Matcher named = NAMED.matcher(text);
        if (!named.matches() || !NameShape.person(named.group(2).strip())
                || !NameShape.plausible(named.group(2))) {
            return Optional.empty();
        }
        PersonRef person = named.group(3) == null ? PersonRef.of(named.group(2).strip())
                : PersonRef.of(named.group(2).strip(), named.group(3).strip());
        return Optional.of(new NameCalendarEvent(named.group(1).strip(), person));
    }

    /** Slack writes a link as {@code <https://…>} or {@code <https://…|label>}. */
    private static String unwrapped(String token) {
        if (!token.startsWith("<")) {
            return token;
        }
        String inner = token.substring(1, token.length() - 1);
        int bar = inner.indexOf('|');
        return bar < 0 ? inner : inner.substring(0, bar);
    }
}
