package com.referralcoach.core.language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways of saying the fixed commands (views, settings, goals, teams, digests, reminders), each turned into the
 * bot's own phrasing and read by the strict readers: "what's in my pipeline?" is "pipeline", "I report to @dana" is
 * "my manager is @dana".
 */
final class Rephrasings {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String T = "([\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39})";
    private static final String WEEKDAY = "(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*";
    private static final Map<Pattern, String> SAYINGS = sayings();
    /** All the sayings in one pattern: most messages are none of them, and one try tells. */
    private static final Pattern ANY_SAYING = Pattern.compile(SAYINGS.keySet().stream().map(Pattern::pattern)
            .map(regex -> "(?:" + regex + ")").collect(java.util.stream.Collectors.joining("|")), FLAGS);
    private static final Pattern QUESTION_END = Pattern.compile("[?!.]+$");
    private static final Pattern PER = Pattern.compile("\\s*(?:\\ba\\s+|/\\s*|\\bper\\s+|\\bevery\\s+|\\beach\\s+)(week|month)\\b", FLAGS);
    private static final Pattern ZONE_WORD = Pattern.compile("(?<=tz )(eastern|est|edt|pacific|pst|pdt|central|cst"
            + "|mountain|mst)(?: time)?$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ZONES = Map.of("eastern", "America/New_York", "est", "America/New_York",
            "edt", "America/New_York", "pacific", "America/Los_Angeles", "pst", "America/Los_Angeles",
            "pdt", "America/Los_Angeles", "central", "America/Chicago", "cst", "America/Chicago",
            "mountain", "America/Denver", "mst", "America/Denver");

    private Rephrasings() {
    }

    /** The bot's own phrasing of the message, when it is another way of saying a fixed command. */
    static Optional<String> of(String message) {
        String text = PER.matcher(QUESTION_END.matcher(message).replaceFirst("").strip()).replaceAll(" per $1");
        if (!ANY_SAYING.matcher(text).matches()) {
            return Optional.empty();
        }
        for (Map.Entry<Pattern, String> saying : SAYINGS.entrySet()) {
            Matcher matcher = saying.getKey().matcher(text);
            if (matcher.matches()) {
                String canonical = matcher.replaceFirst(saying.getValue());
                return Optional.of(ZONE_WORD.matcher(canonical).replaceFirst(
                        zone -> ZONES.get(zone.group(1).toLowerCase(java.util.Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    private static void say(Map<Pattern, String> sayings, String regex, String canonical) {
        sayings.put(Pattern.compile(regex, FLAGS), canonical);
    }

    private static Map<Pattern, String> sayings() {
        Map<Pattern, String> s = new LinkedHashMap<>();
        say(s, "(?:show\\s+(?:me\\s+)?|list\\s+|see\\s+)?(?:what'?s|what\\s+is)?\\s*(?:in\\s+)?(?:my\\s+)?(?:open\\s+)?"
                + "(?:pipeline|leads|deals|opportunities)(?:\\s+(?:look(?:ing)?|status|like))*", "pipeline");
        say(s, "(?:how\\s+are|where\\s+are|how'?s)\\s+my\\s+(?:leads|deals|pipeline)(?:\\s+(?:doing|at|going|looking))?",
                "pipeline");
        say(s, "(?:who\\s+(?:should|can|could|do|shall)\\s+i\\s+ask|who'?s\\s+good\\s+to\\s+ask|anyone\\s+i\\s+should\\s+ask"
                + "|suggest\\s+someone\\s+to\\s+ask|who\\s+is\\s+good\\s+to\\s+ask|who\\s+to\\s+ask)(?:\\s+.*)?", "who to ask");
        say(s, "how\\s+(?:is|'?s)\\s+team\\s+" + T + "(?:'s\\s+referral\\s+month)\\s+going", "team $1 referral month");
        say(s, "how\\s+(?:is|'?s)\\s+team\\s+" + T + "\\s+doing", "team $1 goals");
        say(s, "how\\s+am\\s+i\\s+(?:tracking|doing)(?:\\s+.*)?|am\\s+i\\s+on\\s+track(?:\\s+.*)?"
                + "|(?:progress|status)\\s+(?:on\\s+)?(?:my\\s+)?goals|(?:show|see)\\s+(?:me\\s+)?my\\s+goals"
                + "|how'?s\\s+my\\s+(?:week|month)\\s+(?:looking|going)|my\\s+goals|my\\s+progress", "goals");
        say(s, "(?:what\\s+do\\s+i\\s+know\\s+about|pull\\s+up|info\\s+on|tell\\s+me\\s+about|details\\s+(?:on|for))\\s+(.+)",
                "contact $1");
        say(s, "(.+?)'s\\s+(?:details|info|profile|card)", "contact $1");
        say(s, "what\\s+do\\s+i\\s+have\\s+coming(?:\\s+up)?|any\\s+reminders|what'?s\\s+(?:due|next)", "reminders");
        say(s, "who\\s+am\\s+i\\s+losing\\s+touch\\s+with|who\\s+haven'?t\\s+i\\s+(?:talked|spoken)\\s+to.*"
                + "|who\\s+(?:have|did)\\s+i\\s+(?:lose|lost)\\s+touch\\s+with|who\\s+should\\s+i\\s+check\\s+in\\s+(?:on|with)"
                + "|who'?s\\s+gone\\s+quiet|who\\s+needs\\s+a\\s+check[\\s-]?in|overdue\\s+check[\\s-]?ins?", "losing touch");
        say(s, "(?:show|list)\\s+(?:all\\s+|the\\s+|my\\s+)?teams", "teams");
        say(s, "what\\s+can\\s+you\\s+do|what\\s+do\\s+you\\s+understand|commands", "help");
        say(s, "how\\s+do\\s+i\\s+(?:log|record|add|set)\\s+(?:a\\s+|an\\s+|my\\s+)?(.+)", "help $1");
        say(s, "(?:set\\s+)?team\\s+" + T + "'s\\s+goal\\s+to\\s+(\\d+)\\s+(.+)", "team $1 goal $2 $3");
        say(s, "(?:set\\s+my\\s+goal\\s+to|my\\s+goal\\s+is|aim\\s+for|target:?|goal:)\\s+(\\d+)\\s+(.+)", "goal $1 $2");
        say(s, "i\\s+want\\s+to\\s+ask\\s+(\\d+)\\s+people(.*)", "goal $1 asks$2");
        say(s, "(\\d+)\\s+(.+?)\\s+goal", "goal $1 $2");
        say(s, "(?:drop|delete|remove|clear)\\s+(?:my\\s+|the\\s+)?(\\S+)\\s+goal|no\\s+more\\s+(\\S+)\\s+goal", "remove goal $1$2");
        say(s, "create\\s+team\\s+" + T + "\\s+with\\s+(.+)", "team $1: $2");
        say(s, "(?:put|add)\\s+(.+?)\\s+(?:on|to)\\s+(?:team\\s+" + T + "|" + T + "\\s+team)", "add $1 to team $2$3");
        say(s, "take\\s+(.+?)\\s+off\\s+(?:team\\s+" + T + "|" + T + "\\s+team)", "remove $1 from team $2$3");
        say(s, "(@\\S+)\\s+left\\s+team\\s+" + T, "remove $1 from team $2");
        say(s, "(@\\S+)\\s+manages\\s+team\\s+" + T, "manager of $2: $1");
        say(s, "make\\s+(@\\S+)\\s+(?:the\\s+)?manager\\s+of\\s+(?:team\\s+)?" + T, "manager of $2: $1");
        say(s, "promote\\s+(@\\S+)\\s+to\\s+manager", "make $1 a manager");
        say(s, "team\\s+" + T + "\\s+is\\s+(?:on|in)\\s+(\\S+)(?:\\s+time)?", "team $1 tz $2");
        say(s, "set\\s+team\\s+" + T + "'s\\s+time\\s*zone\\s+to\\s+(\\S+)", "team $1 tz $2");
        say(s, "(?:send|post)\\s+(?:the\\s+|team\\s+)?" + T + "(?:'s)?\\s+(?:weekly\\s+)?digest\\s+(?:to|in)\\s+(#\\S+)\\s+"
                + "(?:on|every)\\s+" + WEEKDAY + "\\s+(?:at\\s+)?(.+)", "digest $1 to $2 every $3 $4");
        say(s, "(?:stop|turn\\s+off|pause)\\s+(?:the\\s+|team\\s+)?" + T + "(?:'s)?\\s+digest|no\\s+more\\s+digest\\s+for\\s+(?:team\\s+)?" + T,
                "stop digest $1$2");
        say(s, "(?:show\\s+me|send|post)\\s+(?:the\\s+|team\\s+)?" + T + "(?:'s)?\\s+digest(?:\\s+now)?", "digest $1 now");
        say(s, "i'?m\\s+(?:in|on)\\s+(\\S+)\\s+time(?:\\s+now)?|i'?m\\s+on\\s+(\\S+)(?:\\s+time)?(?:\\s+now)?", "tz $1$2");
        say(s, "(?:set\\s+)?my\\s+(?:time\\s*zone|tz)\\s+(?:is|to)\\s+(.+)|set\\s+my\\s+time\\s*zone\\s+to\\s+(.+)"
                + "|i\\s+moved\\s+to\\s+(.+)|time\\s*zone:?\\s+(.+)", "tz $1$2$3$4");
        say(s, "i\\s+work\\s+" + WEEKDAY + "\\s*(?:to|-|through|thru)\\s*" + WEEKDAY, "work days $1-$2");
        say(s, "i\\s+work\\s+weekdays", "work days mon-fri");
        say(s, "i\\s+don'?t\\s+work\\s+fri(?:day)?s?", "work days mon-thu");
        say(s, "(?:i\\s+work|my\\s+hours\\s+are|only\\s+(?:ping|message|remind)\\s+me\\s+between|hours)\\s+"
                + "(\\d[\\d:.apm\\s]*?)\\s*(?:to|-|and|until|till)\\s*(\\d[\\d:.apm]*)", "working hours $1-$2");
        say(s, "i\\s+report\\s+to\\s+(\\S+)|my\\s+boss\\s+is\\s+(\\S+)|(\\S+)\\s+is\\s+my\\s+(?:manager|boss)", "my manager is $1$2$3");
        say(s, "(?:not\\s+now,?\\s+)?(?:remind\\s+me\\s+)?later(?:\\s+on)?", "snooze later");
        say(s, "(?:push\\s+(?:this|it|that)\\s+to|ask\\s+me\\s+again|can\\s+you\\s+remind\\s+me)\\s+(.+)", "remind me $1");
        say(s, "snooze\\s+for\\s+an?\\s+hour", "snooze 1h");
        say(s, "(?:remind\\s+me|ping\\s+me)\\s+(tomorrow|in\\s+\\S+\\s+\\S+|later)\\s+(?:about|re|for|to|on|abt)\\s+.+", "remind me $1");
        say(s, "(?:is\\s+there\\s+)?anything\\s+due(?:\\s+today)?|what(?:'s|\\s+is)\\s+due(?:\\s+today)?|what'?s\\s+on\\s+my\\s+plate(?:\\s+today)?",
                "reminders");
        say(s, "(?:kill|get\\s+rid\\s+of|never\\s+mind|scrap)\\s+(?:the\\s+)?reminder\\s+(\\S+)", "cancel reminder $1");
        say(s, "(?:remove|cancel|delete)\\s+the\\s+(\\d+)(?:st|nd|rd|th)\\s+reminder", "cancel reminder $1");
        say(s, "don'?t\\s+remind\\s+me\\s+(?:about\\s+)?(#\\S+)", "cancel $1");
        say(s, "(?:let'?s\\s+do|kick\\s+off|plan|start|run)\\s+(?:a\\s+|the\\s+|my\\s+)?referral\\s+month\\s+(?:in|for)\\s+(\\S+)",
                "referral month $1");
        say(s, "how'?s\\s+my\\s+referral\\s+month(?:\\s+going)?|referral\\s+month\\s+(?:progress|status)", "referral month");
        say(s, "how\\s+many\\s+(?:referrals?|asks?|intros?|meetings?)\\b.*|(?:what'?s|what\\s+is)\\s+my\\s+"
                + "(?:ask\\s+rate|numbers|stats|score)|(?:show\\s+)?my\\s+(?:numbers|stats)|am\\s+i\\s+(?:behind|ahead)(?:\\s+.*)?",
                "goals");
        say(s, "who\\s+referred\\s+(.+)", "contact $1");
        say(s, "(\\p{Lu}[^:]{0,60}?)\\s+(?:sent|passed)\\s+(?:me\\s+|over\\s+|along\\s+)*(?:a\\s+|an\\s+)?"
                + "(?:new\\s+)?(?:lead|referral|name|intro)\\s*[:–—-]\\s*(.+)", "referral from $1: $2");
        say(s, "(?:any\\s+|which\\s+)?(?:leads?|deals?)\\s+(?:i'?m|i\\s+am)\\s+sitting\\s+on", "pipeline");
        say(s, "(?:any\\s+|my\\s+)?follow[\\s-]?ups?(?:\\s+(?:due|today|coming\\s+up))?", "reminders");
        return s;
    }
}
