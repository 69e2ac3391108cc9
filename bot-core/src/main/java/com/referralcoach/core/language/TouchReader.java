package com.referralcoach.core.language;

import com.referralcoach.core.domain.Endorsement;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads staying in touch and giving: cadences, connectors, testimonials, referrals given, the views on them. */
final class TouchReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern CADENCE = Pattern.compile("^check\\s+in\\s+(?:with\\s+)?(.+?)\\s+every\\s+"
            + "(?:(\\d{1,3})\\s+)?(day|week|month)s?$", FLAGS);
    private static final Pattern CONNECTOR = Pattern.compile("^(?:mark\\s+)?(.+?)\\s+(?:is\\s+|as\\s+)(?:a\\s+)?"
            + "(?:real\\s+|big\\s+|great\\s+)?connector$", FLAGS);
    private static final Pattern LOSING_TOUCH = Pattern.compile(
            "^(?:who\\s+am\\s+i\\s+|show\\s+)?losing\\s+touch(?:\\s+with)?[\\s?]*$", FLAGS);
    private static final Pattern WHO_TO_ASK = Pattern.compile(
            "^who\\s+(?:to|should\\s+i|can\\s+i|do\\s+i)\\s+ask(?:\\s+(?:this|next)\\s+week|\\s+now)?[\\s?]*$", FLAGS);
    /** "start", "plan a", "run our": asking for a referral month rather than how it goes. */
    private static final String START = "(?:(start|plan|run|hold)\\s+(?:a\\s+|the\\s+|our\\s+|my\\s+)?)?";
    private static final Pattern MONTH = Pattern.compile("^(?:team\\s+" + TeamReader.NAME + "\\s+)?" + START
            + "referral\\s+month(?:\\s+(?:in\\s+)?(?!for\\b)(\\p{L}+)(?:\\s+(\\d{4}))?)?"
            + "(?:\\s+for\\s+(?:the\\s+)?team\\s+" + TeamReader.NAME + ")?$", FLAGS);
    private static final Pattern GAVE = Pattern.compile(
            "^(?:i\\s+)?gave\\s+(.+?)\\s+a\\s+(?:referral|lead|an?\\s+intro(?:duction)?)"
                    + "(?:\\s*[:\\-—–]\\s*(.*))?$", FLAGS);
    /** "I referred Carl Jones to Ann Smith", "gave a referral to Ann Smith: Carl Jones". */
    private static final Pattern REFERRED_TO = Pattern.compile(
            "^i\\s+(?:referred|introduced)\\s+(?!(?:myself|me|us|ourselves)\\b)(.+?)\\s+to\\s+(.+)$", FLAGS);
    private static final Pattern GAVE_TO = Pattern.compile("^(?:i\\s+)?(?:gave|sent|made)\\s+(?:a\\s+|an\\s+)?"
            + "(?:referral|lead|intro(?:duction)?)\\s+to\\s+(.+?)(?:\\s*[:\\-—–]\\s+(.*))?$", FLAGS);
    private static final String KIND = "(testimonial|review|(?:linkedin\\s+)?recommendation)";
    private static final Pattern ASKED_FOR = Pattern.compile(
            "^(?:i\\s+)?asked\\s+(.+?)\\s+for\\s+(?:a\\s+|an\\s+)?" + KIND + "$", FLAGS);
    private static final Pattern GOT_FROM = Pattern.compile(
            "^(?:(?:i\\s+)?got\\s+)?(?:a\\s+|an\\s+|the\\s+)?" + KIND + "\\s+from\\s+(.+)$", FLAGS);
    /** "Jane Doe gave me a testimonial", "Jane Doe wrote a LinkedIn recommendation". */
    private static final Pattern GAVE_ONE = Pattern.compile("^(.+?)\\s+(?:gave|wrote|left|sent)\\s+(?:me\\s+|us\\s+)?"
            + "(?:a\\s+|an\\s+|the\\s+)?" + KIND + "$", FLAGS);

    /** "asked Jane Doe for a G2 review", "asked Jane Doe to leave us a review on Google", "... to review us". */
    private static final Pattern REVIEW_ASKED = Pattern.compile("^(?:i\\s+)?asked\\s+(.+?)\\s+(?:for\\s+(?:a\\s+|an\\s+)?"
            + "(?:[\\p{L}\\p{N}]+\\s+)?review|to\\s+(?:leave|write|post|give)\\s+(?:us\\s+|me\\s+)?(?:a\\s+|an\\s+)?"
            + "(?:[\\p{L}\\p{N}]+\\s+)?review|to\\s+review\\s+us)(?:\\s+on\\s+[\\p{L}\\p{N} ]+)?[.!]*$", FLAGS);
    /** "Jane Doe left a review on G2", "Jane Doe left us a 5 star Google review", "Jane Doe reviewed us on G2". */
    private static final Pattern REVIEW_LEFT = Pattern.compile("^(.+?)\\s+(?:(?:left|posted|wrote|gave)\\s+(?:us\\s+|me\\s+)?"
            + "(?:a\\s+|an\\s+)?(?:\\d\\s*[- ]?stars?\\s+)?(?:[\\p{L}\\p{N}]+\\s+)?review|reviewed\\s+us)"
            + "(?:\\s+on\\s+[\\p{L}\\p{N} ]+)?[.!]*$", FLAGS);
    /** "got a G2 review from Jane Doe". */
    private static final Pattern REVIEW_FROM = Pattern.compile("^(?:(?:i\\s+|we\\s+)?got\\s+)?(?:a\\s+|an\\s+)?"
            + "(?:[\\p{L}\\p{N}]+\\s+)?review\\s+from\\s+(.+?)(?:\\s+on\\s+[\\p{L}\\p{N} ]+)?[.!]*$", FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text, ZonedDateTime now) {
        if (LOSING_TOUCH.matcher(text).matches()) {
            return Optional.of(new ShowLosingTouch());
        }
        if (WHO_TO_ASK.matcher(text).matches()) {
            return Optional.of(new ShowWhoToAsk());
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return Optional.of(referralMonth(month, now));
        }
        Matcher cadence = CADENCE.matcher(text);
        if (cadence.matches()) {
            int count = cadence.group(2) == null ? 1 : Integer.parseInt(cadence.group(2));
            String unit = cadence.group(3).toLowerCase(Locale.ROOT);
            int days = count * (unit.equals("week") ? 7 : unit.equals("month") ? 30 : 1);
            if (days < 1 || days > 366) {
                return Optional.of(new Invalid("A check-in cadence is between 1 day and a year.",
                        HabitExamples.CADENCE));
            }
            return Optional.of(people.read(cadence.group(1), HabitExamples.CADENCE)
                    .toCommand(who -> new SetCheckInCadence(who, days)));
        }
        Matcher connector = CONNECTOR.matcher(text);
        if (connector.matches()) {
            return Optional.of(people.read(connector.group(1), HabitExamples.CONNECTOR).toCommand(MarkConnector::new));
        }
        return given(text).or(() -> endorsement(text));
    }

    private Optional<Command> given(String text) {
        Matcher gave = GAVE.matcher(text);
        if (!gave.matches()) {
            gave = GAVE_TO.matcher(text);
        }
        if (gave.matches()) {
            Optional<String> what = Optional.ofNullable(gave.group(2)).flatMap(Notes::note);
            return Optional.of(people.read(gave.group(1), HabitExamples.GAVE)
                    .toCommand(who -> new GiveReferral(who, what)));
        }
        Matcher referred = REFERRED_TO.matcher(text);
        if (referred.matches()) {
            Optional<String> what = Notes.note(referred.group(1));
            return Optional.of(people.read(referred.group(2), HabitExamples.GAVE)
                    .toCommand(who -> new GiveReferral(who, what)));
        }
        return Optional.empty();
    }

    /** A review, with its platform when named; other words before "review" ("great", "5 star") are not names. */
    private Optional<Command> review(String text) {
        Matcher asked = REVIEW_ASKED.matcher(text);
        if (asked.matches()) {
            Optional<String> site = site(text);
            return Optional.of(people.read(asked.group(1), HabitExamples.REVIEW)
                    .toCommand(who -> new TrackEndorsement(who, Endorsement.REVIEW, false, site)));
        }
        for (Pattern pattern : new Pattern[] {REVIEW_LEFT, REVIEW_FROM}) {
            Matcher left = pattern.matcher(text);
            if (left.matches()) {
                Optional<String> site = site(text);
                return Optional.of(people.read(left.group(1), HabitExamples.REVIEW)
                        .toCommand(who -> new TrackEndorsement(who, Endorsement.REVIEW, true, site)));
            }
        }
        return Optional.empty();
    }

    /** The review platform the message names, looked for only once it reads as a review (most messages are not). */
    private static Optional<String> site(String text) {
        return com.referralcoach.core.domain.ReviewSite.in(text).map(com.referralcoach.core.domain.ReviewSite::label);
    }

    private Optional<Command> endorsement(String text) {
        Optional<Command> review = review(text);
        if (review.isPresent()) {
            return review;
        }
        Matcher asked = ASKED_FOR.matcher(text);
        if (asked.matches()) {
            return Optional.of(people.read(asked.group(1), HabitExamples.TESTIMONIAL)
                    .toCommand(who -> new TrackEndorsement(who, kind(asked.group(2)), false)));
        }
        Matcher got = GOT_FROM.matcher(text);
        if (got.matches()) {
            return Optional.of(people.read(got.group(2), HabitExamples.GOT_TESTIMONIAL)
                    .toCommand(who -> new TrackEndorsement(who, kind(got.group(1)), true)));
        }
        Matcher gave = GAVE_ONE.matcher(text);
        if (gave.matches()) {
            return Optional.of(people.read(gave.group(1), HabitExamples.GOT_TESTIMONIAL)
                    .toCommand(who -> new TrackEndorsement(who, kind(gave.group(2)), true)));
        }
        return Optional.empty();
    }

    private static Endorsement kind(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.contains("recommendation") ? Endorsement.LINKEDIN_RECOMMENDATION
                : lower.contains("review") ? Endorsement.REVIEW : Endorsement.TESTIMONIAL;
    }

    /**
     * The named month's next start from today (this month if named now); no month is the progress view. A team
     * ("team East referral month March", "referral month March for team East") makes it the team's campaign.
     */
    private static Command referralMonth(Matcher matcher, ZonedDateTime now) {
        if (matcher.group(1) != null && matcher.group(5) != null) {
            return new Invalid("Name the team once.", HabitExamples.TEAM_REFERRAL_MONTH);
        }
        Optional<String> team = Optional.ofNullable(matcher.group(1) != null ? matcher.group(1) : matcher.group(5))
                .map(String::strip);
        if (matcher.group(3) == null) {
            return matcher.group(2) == null ? new ShowReferralMonth(team) : new Invalid("Which month? Name it (this "
                    + "month's name starts it now).", team.isEmpty() ? HabitExamples.REFERRAL_MONTH
                    : HabitExamples.TEAM_REFERRAL_MONTH);
        }
        Optional<Month> month = DayReader.month(matcher.group(3));
        if (month.isEmpty()) {
            return new Invalid("'" + matcher.group(3) + "' isn't a month I know.", HabitExamples.REFERRAL_MONTH);
        }
        YearMonth thisYear = YearMonth.of(now.getYear(), month.get());
        YearMonth chosen = matcher.group(4) != null ? YearMonth.of(Integer.parseInt(matcher.group(4)), month.get())
                : thisYear.isBefore(YearMonth.from(now)) ? thisYear.plusYears(1) : thisYear;
        if (chosen.isBefore(YearMonth.from(now))) {
            return new Invalid(chosen + " is over; pick a month to come.", HabitExamples.REFERRAL_MONTH);
        }
        return new StartReferralMonth(chosen, team);
    }
}
