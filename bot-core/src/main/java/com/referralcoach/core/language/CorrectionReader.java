package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections of what the bot knows: "Jane Doe works at Globex now", "Jane Doe's email is jane@globex.com", "Jane
 * Doe's phone is +1 555 0100", "rename Jon Doe to John Doe", "the meeting with Jane Doe today was about pricing",
 * "the meeting with Jane Doe ended at 4pm", "... started at 1:30pm", "... was at 2pm", "... was yesterday"; merges are read by
 * {@link SamePersonReader}. Only a name that looks like a person's and a company
 * that looks like one are taken: "Jane Doe's company is growing" and "Jane Doe works at night" are no corrections.
 */
final class CorrectionReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOW = "(?:\\s+(?:now|these days|nowadays))?";
    private static final Pattern WORKS_AT = Pattern.compile("^(.+?)\\s+(?:(?:now\\s+)?(?:works|is working)\\s+(?:at|for)"
            + "|(?:has\\s+)?(?:moved|switched|changed\\s+jobs?)\\s+to|(?:has\\s+)?joined|is\\s+(?:now\\s+)?(?:at|with))"
            + "\\s+(.+?)" + NOW + "$", FLAGS);
    private static final Pattern COMPANY_IS = Pattern.compile("^(.+?)(?:'s|’s)\\s+(?:new\\s+)?(?:company|employer)"
            + "\\s+is\\s+(?:now\\s+)?(.+?)" + NOW + "$", FLAGS);
    private static final Pattern EMAIL_IS = Pattern.compile("^(.+?)(?:'s|’s)\\s+(?:new\\s+)?(?:e-?mail|email address)"
            + "\\s+is\\s+(?:now\\s+)?([\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)" + NOW + "$", FLAGS);
    private static final Pattern PHONE_IS = Pattern.compile("^(.+?)(?:'s|’s)\\s+(?:new\\s+)?(?:phone(?:\\s+number)?"
            + "|mobile(?:\\s+number)?|cell(?:\\s+number)?|number)\\s+is\\s+(?:now\\s+)?(\\+?\\(?\\d[\\d\\s().-]{5,}\\d)"
            + NOW + "$", FLAGS);
    private static final Pattern RENAME = Pattern.compile("^(?:please\\s+)?rename\\s+(.+?)\\s+(?:to|as|into)\\s+(.+?)$",
            FLAGS);

    /** "actually Ken Adams won $9k", "correction: ...", "sorry, ...": what follows corrects what was said before. */
    private static final Pattern CORRECTING = Pattern.compile("^(?:actually|correction|correct\\s+that|sorry|oops|typo"
            + "|my bad|i mean|i meant|make (?:that|it))\\s*[,:;!.-]*\\s+(.+)$", FLAGS);
    /** "Ken Adams won $9k, not $8k": the amount it replaces said after it. */
    private static final Pattern NOT_THAT = Pattern.compile("^(.+?)\\s*[,;-]?\\s+not\\s+[$€£]?\\d[\\d.,]*\\s*k?"
            + "(?:\\s*(?:usd|eur|gbp|dollars|euros|pounds))?$", FLAGS);

    private static final String MEETING = "^(?:the\\s+|my\\s+|our\\s+|that\\s+)?(?:meeting|mtg|call|coffee|lunch|zoom)"
            + "\\s+"
            + "(?:with|w/)\\s+(.+?)(?:\\s+(today|yesterday))?\\s+";
    private static final Pattern MEETING_TOPIC = Pattern.compile(MEETING + "was\\s+(?:really\\s+|actually\\s+)?"
            + "(?:about|re:?|on)\\s+(.+)$", FLAGS);
    private static final Pattern MEETING_END = Pattern.compile(MEETING + "(?:actually\\s+)?(?:ended|finished"
            + "|was over)\\s+(?:at\\s+)?" + ClockTime.PATTERN + "$", FLAGS);
    private static final Pattern MEETING_START = Pattern.compile(MEETING + "(?:actually\\s+)?(?:started|began"
            + "|kicked off)\\s+(?:at\\s+)?" + ClockTime.PATTERN + "$", FLAGS);
    /** "was at 2pm", "was actually at 2pm yesterday": the whole meeting moves (its length kept), maybe to a day. */
    private static final Pattern MEETING_AT = Pattern.compile(MEETING + "(?:actually\\s+)?(?:was|happened)\\s+"
            + "(?:actually\\s+|really\\s+)?at\\s+" + ClockTime.PATTERN + "(?:\\s+(.+?))?$", FLAGS);
    /** "was yesterday", "was on Friday at 2pm": the meeting moves to a day, maybe to a time. */
    private static final Pattern MEETING_ON = Pattern.compile(MEETING + "(?:actually\\s+)?(?:was|happened)\\s+"
            + "(?:actually\\s+|really\\s+)?(.+?)(?:\\s+at\\s+" + ClockTime.PATTERN + ")?$", FLAGS);
    private static final Pattern PLAIN_WEEKDAY = Pattern.compile("^(?:on\\s+)?\\p{L}+$", FLAGS);
    private static final MeetingDayReader DAYS = new MeetingDayReader();
    /** "about the renewal, not pricing": what the topic wrongly was is no part of the new one ("why they're not"). */
    private static final Pattern NOT_THE_OLD = Pattern.compile("(?<!\\b(?:is|are|was|were|be|do|does|did|can|could"
            + "|will|would|should|may|might|have|has|had|they're|we're|you're|it's|that's|he's|she's|i'm))"
            + "\\s*,?\\s+(?:and\\s+)?not\\s+(?:about\\s+)?[^,;]+$", FLAGS);

    private final PersonReader people = new PersonReader();
    private final SamePersonReader samePerson = new SamePersonReader(this::person);

    /** What is left of a message that says it corrects something ("actually ..."), if it says so. */
    static Optional<String> correcting(String message) {
        for (Pattern pattern : new Pattern[] {CORRECTING, NOT_THAT}) {
            Matcher said = pattern.matcher(message);
            if (said.matches()) {
                return Optional.of(said.group(1).strip());
            }
        }
        return Optional.empty();
    }

    Optional<Command> read(String message, ZonedDateTime now) {
        Optional<Command> merge = samePerson.read(message);
        if (merge.isPresent()) {
            return merge;
        }
        return meetingFixed(MeetingSaid.plainly(message), now).or(() -> rest(message, now));
    }

    /** A logged meeting's day, time, end or topic corrected. */
    private Optional<Command> meetingFixed(String message, ZonedDateTime now) {
        Optional<Command> moved = meetingMoved(message, now); // before the topic: "was on Friday" is a day
        if (moved.isPresent()) {
            return moved;
        }
        Matcher topic = MEETING_TOPIC.matcher(message);
        if (topic.matches()) {
            Optional<String> about = Notes.note(NOT_THE_OLD.matcher(topic.group(3)).replaceFirst(""));
            return about.flatMap(t -> person(topic.group(1)).map(ref -> new FixMeeting(ref,
                    day(topic.group(2), now), Optional.of(t), Optional.empty())));
        }
        Matcher end = MEETING_END.matcher(message);
        if (end.matches()) {
            ClockTime clock = ClockTime.of(end, 3);
            if (!clock.exists()) {
                return Optional.of(new Invalid("There is no " + clock.typed() + " on a clock.", Examples.DETAILS));
            }
            return person(end.group(1)).map(ref -> new FixMeeting(ref, day(end.group(2), now), Optional.empty(),
                    Optional.of(clock.toLocalTime())));
        }
        return Optional.empty();
    }

    private Optional<Command> rest(String message, ZonedDateTime now) {
        Matcher rename = RENAME.matcher(message);
        if (rename.matches()) {
            return person(rename.group(1)).filter(ref -> NameShape.person(rename.group(2).strip()))
                    .map(ref -> new RenamePerson(ref, new PersonName(rename.group(2).strip())));
        }
        for (Pattern pattern : new Pattern[] {WORKS_AT, COMPANY_IS}) {
            Matcher company = pattern.matcher(message);
            if (company.matches() && NameShape.company(company.group(2))
                    && NameShape.capitalised(company.group(2))) {
                Optional<String> named = Optional.of(company.group(2).strip());
                return person(company.group(1))
                        .map(ref -> new UpdateDetails(ref, named, Optional.empty(), Optional.empty()));
            }
        }
        Matcher email = EMAIL_IS.matcher(message);
        if (email.matches()) {
            return person(email.group(1)).map(ref -> new UpdateDetails(ref, Optional.empty(),
                    Optional.of(email.group(2)), Optional.empty()));
        }
        Matcher phone = PHONE_IS.matcher(message);
        if (phone.matches()) {
            return person(phone.group(1)).map(ref -> new UpdateDetails(ref, Optional.empty(), Optional.empty(),
                    Optional.of(phone.group(2).strip())));
        }
        return Optional.empty();
    }

    /** A meeting's start, time or day corrected; empty when the words are none of those. */
    private Optional<Command> meetingMoved(String message, ZonedDateTime now) {
        Matcher start = MEETING_START.matcher(message);
        if (start.matches()) {
            return atClock(start, 3, time -> moved(start, now, Optional.of(time), Optional.empty(), Optional.empty()));
        }
        Matcher at = MEETING_AT.matcher(message);
        if (at.matches()) {
            Optional<LocalDate> to = at.group(6) == null ? Optional.empty() : movedDay(at.group(6), now);
            if (at.group(6) != null && to.isEmpty()) {
                return Optional.empty();
            }
            return atClock(at, 3, time -> moved(at, now, Optional.empty(), Optional.of(time), to));
        }
        Matcher on = MEETING_ON.matcher(message);
        if (on.matches()) {
            Optional<LocalDate> to = movedDay(on.group(3), now);
            if (to.isEmpty()) {
                return Optional.empty(); // "was great": no day
            }
            return on.group(4) == null ? moved(on, now, Optional.empty(), Optional.empty(), to)
                    : atClock(on, 4, time -> moved(on, now, Optional.empty(), Optional.of(time), to));
        }
        return Optional.empty();
    }

    private Optional<Command> moved(Matcher meeting, ZonedDateTime now, Optional<LocalTime> startsAt,
                                    Optional<LocalTime> at, Optional<LocalDate> to) {
        return person(meeting.group(1)).map(ref -> new FixMeeting(ref, day(meeting.group(2), now), Optional.empty(),
                Optional.empty(), startsAt, at, to));
    }

    /** The command built from the time at {@code first}'s groups, or why no clock has that time. */
    private static Optional<Command> atClock(Matcher matcher, int first, Function<LocalTime, Optional<Command>> build) {
        ClockTime clock = ClockTime.of(matcher, first);
        return clock.exists() ? build.apply(clock.toLocalTime())
                : Optional.of(new Invalid("There is no " + clock.typed() + " on a clock.", Examples.DETAILS));
    }

    /** The day a phrase names as a whole ("yesterday", "on Friday", "Nov 20"); a bare weekday is the last one. */
    private static Optional<LocalDate> movedDay(String phrase, ZonedDateTime now) {
        Reading<MeetingDayReader.Found> read = DAYS.read(phrase.strip(), now.toLocalDate());
        if (read.failed() || read.get().day().isEmpty() || !read.get().rest().isBlank()) {
            return Optional.empty();
        }
        LocalDate day = read.get().day().get();
        return Optional.of(PLAIN_WEEKDAY.matcher(phrase.strip()).matches() && day.isAfter(now.toLocalDate())
                ? day.minusWeeks(1) : day);
    }

    private static Optional<LocalDate> day(String word, ZonedDateTime now) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.of(word.equalsIgnoreCase("yesterday") ? now.toLocalDate().minusDays(1) : now.toLocalDate());
    }

    /** A name shaped like a person's; no company is split off ("Jane Doe at Acme" is read by the meeting grammar). */
    Optional<PersonRef> person(String phrase) {
        Reading<PersonRef> read = people.readName(phrase, Examples.DETAILS);
        return read.failed() || !NameShape.person(read.get().name().display()) ? Optional.empty()
                : Optional.of(read.get());
    }
}
