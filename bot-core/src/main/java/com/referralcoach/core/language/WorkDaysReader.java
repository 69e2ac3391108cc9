package com.referralcoach.core.language;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "work days mon-fri", "working days mon, wed, fri", "work days monday to friday", "workdays fri-mon". */
final class WorkDaysReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern SETTING = Pattern.compile("^(?:(?:set|change)\\s+)?(?:my\\s+)?(?:work(?:ing)?\\s*days"
            + "|work(?:ing)?\\s+week)(?:\\s+(?:are|is|to)|\\s*[:=])?(?:\\s+(.*?))?\\s*$", FLAGS);
    private static final Pattern SEPARATOR = Pattern.compile("(?:[\\s,;&/+]|\\band\\b)+", FLAGS);
    /** One day, or a range of days that may wrap past Sunday: "fri-mon" is Friday to Monday. */
    private static final Pattern ITEM = Pattern.compile("([\\p{L}\\p{N}]+)(?:\\s*(?:-+|–|—|\\s(?:to|through|thru|till"
            + "|until)\\s)\\s*([\\p{L}\\p{N}]+))?", FLAGS);
    private static final Pattern EVERY_DAY = Pattern.compile("^(?:every\\s+day|all\\s+week|all\\s+days)$",
            FLAGS);
    private static final Map<String, Set<DayOfWeek>> NAMES = names();

    Optional<Command> read(String text) {
        Matcher setting = SETTING.matcher(text);
        if (!setting.matches()) {
            return Optional.empty();
        }
        String typed = Optional.ofNullable(setting.group(1)).orElse("");
        String list = EVERY_DAY.matcher(typed).replaceFirst("daily");
        return Optional.of(days(list).toCommand(SetWorkDays::new));
    }

    private static Reading<Set<DayOfWeek>> days(String list) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Matcher separator = SEPARATOR.matcher(list);
        Matcher item = ITEM.matcher(list);
        int position = separator.region(0, list.length()).lookingAt() ? separator.end() : 0;
        while (position < list.length()) {
            if (!item.region(position, list.length()).lookingAt()) {
                return Reading.invalid("I can't read '" + list.substring(position) + "' as days of the week.",
                        Examples.WORK_DAYS);
            }
            Reading<Set<DayOfWeek>> found = item.group(2) == null ? day(item.group(1))
                    : day(item.group(1)).then(first -> day(item.group(2)).then(last -> range(first, last)));
            if (found.failed()) {
                return found;
            }
            days.addAll(found.get());
            position = separator.region(item.end(), list.length()).lookingAt() ? separator.end() : item.end();
        }
        return days.isEmpty() ? Reading.invalid("Which days do you work?", Examples.WORK_DAYS) : Reading.of(days);
    }

    private static Reading<Set<DayOfWeek>> day(String typed) {
        Set<DayOfWeek> days = NAMES.get(typed.toLowerCase(Locale.ROOT));
        return days != null ? Reading.of(days) : Reading.invalid("I don't know the day '" + typed
                + "'. Use mon, tue, wed, thu, fri, sat, sun, or ranges like mon-fri.", Examples.WORK_DAYS);
    }

    private static Reading<Set<DayOfWeek>> range(Set<DayOfWeek> first, Set<DayOfWeek> last) {
        if (first.size() != 1 || last.size() != 1) {
            return Reading.invalid("A range of days goes from one day to another, like mon-fri.", Examples.WORK_DAYS);
        }
        DayOfWeek day = first.iterator().next();
        DayOfWeek end = last.iterator().next();
        Set<DayOfWeek> days = EnumSet.of(day);
        while (day != end) {
            day = day.plus(1);
            days.add(day);
        }
        return Reading.of(days);
    }

    private static Map<String, Set<DayOfWeek>> names() {
        Map<String, Set<DayOfWeek>> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            for (String name : new String[] {full, full + "s", full.substring(0, 2), full.substring(0, 3)}) {
                names.put(name, Set.of(day));
            }
        }
        for (String[] extra : new String[][] {{"tues", "TUESDAY"}, {"weds", "WEDNESDAY"}, {"thur", "THURSDAY"},
                {"thurs", "THURSDAY"}}) {
            names.put(extra[0], Set.of(DayOfWeek.valueOf(extra[1])));
        }
        names.put("weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        names.put("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        names.put("weekends", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        names.put("daily", EnumSet.allOf(DayOfWeek.class));
        names.put("everyday", EnumSet.allOf(DayOfWeek.class));
        return Map.copyOf(names);
    }
}
