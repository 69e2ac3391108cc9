package com.referralcoach.core.language;

import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.Money;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads digests and won business: "digest East to #sales-east every monday 9:00", "digest East now",
 * "stop digest East", "closed $5k repeat business with Jane Doe".
 */
final class DigestReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TEAM = "(?:for\\s+)?(?:team\\s+)?" + TeamReader.NAME;
    private static final Pattern NOW = Pattern.compile("^(?:show\\s+)?digest\\s+" + TEAM + "\\s+now$", FLAGS);
    private static final Pattern STOP = Pattern.compile("^(?:stop|cancel|remove)\\s+(?:the\\s+)?digest\\s+" + TEAM + "$",
            FLAGS);
    private static final Pattern SCHEDULE = Pattern.compile("^digest\\s+" + TEAM + "\\s+(?:to|in|into|on)\\s+(\\S+)"
            + "\\s+(?:every\\s+|on\\s+)?(\\p{L}+?)s?(?:\\s+at)?\\s+" + ClockTime.PATTERN + "$", FLAGS);
    private static final Pattern ANY_DIGEST = Pattern.compile("^digest\\b.*", FLAGS);
    private static final Pattern CHANNEL = Pattern.compile(
            "<#([A-Za-z0-9]{1,40})(?:\\|([^>]{0,80}))?>|#([\\p{L}\\p{N}_-]{1,80})", FLAGS);
    private static final Pattern BUSINESS = Pattern.compile("^(?:won|closed|signed)\\s+(?:(.+?)\\s+(?:of\\s+|in\\s+)?)?"
            + "(repeat|referral|referred|other|new)\\s+business(?:\\s+(?:from|with)\\s+(.+))?$", FLAGS);
    private final MoneyReader money = new MoneyReader();
    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text) {
        Matcher m;
        if ((m = NOW.matcher(text)).matches()) {
            return Optional.of(new DigestNow(m.group(1)));
        }
        if ((m = STOP.matcher(text)).matches()) {
            return Optional.of(new StopDigest(m.group(1)));
        }
        if ((m = SCHEDULE.matcher(text)).matches()) {
            return Optional.of(schedule(m));
        }
        if ((m = BUSINESS.matcher(text)).matches()) {
            return Optional.of(business(m));
        }
        if (ANY_DIGEST.matcher(text).matches()) {
            return Optional.of(new Invalid("Say the team, the channel, the day and the time, or \"now\".",
                    GoalCommands.DIGEST));
        }
        return Optional.empty();
    }

    private static Command schedule(Matcher m) {
        String team = m.group(1);
        Matcher channel = CHANNEL.matcher(m.group(2));
        if (!channel.matches()) {
            return new Invalid("Name the channel with #, like #sales-east.", GoalCommands.DIGEST);
        }
        String id = channel.group(1) != null ? channel.group(1) : channel.group(3);
        String label = channel.group(2) != null && !channel.group(2).isBlank() ? channel.group(2)
                : channel.group(3) != null ? channel.group(3) : id;
        Optional<DayOfWeek> day = day(m.group(3));
        if (day.isEmpty()) {
            return new Invalid("'" + TeamReader.shorten(m.group(3)) + "' is not a day of the week.", GoalCommands.DIGEST);
        }
        ClockTime time = ClockTime.of(m, 4);
        if (!time.exists()) {
            return new Invalid("There is no " + time.typed() + " on a clock.", GoalCommands.DIGEST);
        }
        LocalTime at = time.hasHalf() ? time.toLocalTime() : LocalTime.of(time.hour(), time.minute());
        return new ScheduleDigest(team, new ChannelRef(id, label), day.get(), at);
    }

    private static Optional<DayOfWeek> day(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private Command business(Matcher m) {
        String source = m.group(2).toLowerCase(Locale.ROOT);
        BusinessSource from = source.startsWith("referr") ? BusinessSource.REFERRAL
                : source.equals("repeat") ? BusinessSource.REPEAT : BusinessSource.OTHER;
        Optional<Money> amount = Optional.empty();
        if (m.group(1) != null) {
            Reading<Money> read = money.read(m.group(1));
            if (read.failed()) {
                return read.problem().get();
            }
            amount = Optional.of(read.get());
        }
        Optional<PersonRef> customer = Optional.empty();
        if (m.group(3) != null) {
            Reading<PersonRef> person = people.read(m.group(3), GoalCommands.BUSINESS);
            if (person.failed()) {
                return person.problem().get();
            }
            customer = Optional.of(person.get());
        }
        return new RecordBusiness(amount, from, customer);
    }
}
