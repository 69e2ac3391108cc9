package com.referralcoach.core.language;

import com.referralcoach.core.domain.LeadStage;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Turns one chat message into a {@link Command}; pure, forgiving, case-insensitive, never throws. */
public final class ChatParser {
    /** Longer messages are refused unread. */
    public static final int MAX_LENGTH = 2_000;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A message that opens by deleting something: only such a one is read again for names typed in lower case. */
    private static final Pattern DELETION = Pattern.compile("\\s*(?:please\\s+|pls\\s+)?(?:delete|remove|drop)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A full stop or exclamation mark ending the message is punctuation, not part of a name or note. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\S)[.!]+$");
    /**
     * Invisible characters a paste or a phone keyboard leaves in a message (zero-width space, word joiner, byte order
     * mark, soft hyphen, direction marks): dropped, so "Jane\u200b Doe" is Jane Doe. Joiners that shape scripts and
     * emoji stay. Mentions of many people at once ({@code @everyone}, a role) leave too ({@link Mentions}).
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u2060\\ufeff\\u00ad\\u200e\\u200f]");

    private final ReminderReader reminders = new ReminderReader();
    private final WorkingHoursReader workingHours = new WorkingHoursReader();
    private final WorkDaysReader workDays = new WorkDaysReader();
    private final ManagerReader managers = new ManagerReader();
    private final ViewReader views = new ViewReader();
    private final TimeZoneReader timeZones = new TimeZoneReader();
    private final HabitReader habits = new HabitReader();
    private final CareReader care = new CareReader();
    private final AskReader asks = new AskReader();
    private final LeadStageReader leadStages = new LeadStageReader();
    private final ReferralReader referrals = new ReferralReader();
    private final MeetingReader meetings = new MeetingReader();
    private final GoalReader goals = new GoalReader();
    private final TeamReader teams = new TeamReader(new ZoneNames());
    private final DigestReader digests = new DigestReader();
    private final ClosestCommand closest = new ClosestCommand();
    private final LooseReader loosely = new LooseReader();
    private final Clauses clauses = new Clauses();
    private final ImportReader imports = new ImportReader();
    private final ExportReader exports = new ExportReader();
    private final ForgetReader erasures = new ForgetReader();
    private final CorrectionReader corrections = new CorrectionReader();
    private final CoachingReader coaching = new CoachingReader();
    private final CalendarReader calendars = new CalendarReader();
    private final PleasantryReader pleasantries = new PleasantryReader();

    /**
     * Parses {@code text}; relative and absolute times are read in {@code now}'s zone and returned as instants.
     */
    public Command parse(String text, ZonedDateTime now) {
        String visible = text == null ? ""
                : Mentions.outOfText(INVISIBLE.matcher(KeyboardQuotes.plain(text)).replaceAll(""));
        if (visible.isBlank()) {
            return new Unknown("help", Examples.HELP);
        }
        if (visible.length() > MAX_LENGTH) {
            return new Invalid("That message is too long: I read at most " + MAX_LENGTH + " characters.",
                    Examples.MEETING);
        }
        Optional<Command> pleasantry = pleasantries.read(visible);
        if (pleasantry.isPresent()) {
            return pleasantry.get();
        }
        Optional<Command> file = imports.read(visible).or(() -> exports.read(visible))
                .or(() -> erasures.read(visible, now)).or(() -> coaching.readIdeal(visible.strip()))
                .or(() -> coaching.readReviewLinks(visible.strip()))
                .or(() -> calendars.read(visible.strip()));
        if (file.isEmpty() || file.get() instanceof Unknown) {
            Optional<Command> deletion = lowerCaseDeletion(visible, now);
            if (deletion.isPresent()) {
                return deletion.get();
            }
        }
        if (file.isPresent()) {
            return file.get();
        }
        String message = Phrasing.plain(
                SENTENCE_END.matcher(SPACES.matcher(visible).replaceAll(" ").strip()).replaceFirst(""));
        try {
            Command read = ThroughSomeoneElse.checked(StillToDo.checked(readCased(message, now), message), message);
            return orCalendarAnswer(read, message);
        } catch (RuntimeException unexpected) {
            return new Invalid("Sorry, I got confused by that message. Try saying it more simply.", Examples.HELP);
        }
    }

    /**
     * "delete lead tom hart", "delete the meeting with mary-kate olsen today": a lead or a meeting deleted by a name
     * typed in lower case, confirmed as any guessed name is (the engine asks only when it does not know the person).
     */
    private Optional<Command> lowerCaseDeletion(String visible, ZonedDateTime now) {
        if (!DELETION.matcher(visible).lookingAt()) {
            return Optional.empty();
        }
        return LowerCaseNames.in(visible.strip()).flatMap(cased -> erasures.read(cased.text(), now)
                .filter(read -> read instanceof DeleteLead || read instanceof DeleteMeeting)
                .map(read -> cased.guessed().isEmpty() ? read
                        : new Unsure(read, Summary.of(read), LowerCaseNames.guessedPeople(read, cased.guessed()))));
    }

    private Command readCased(String message, ZonedDateTime now) {
        Optional<LowerCaseNames.Cased> cased = LowerCaseNames.in(message);
        if (cased.isPresent()) {
            Command read = read(Phrasing.plain(cased.get().text()), now);
            if (!(read instanceof Unknown || read instanceof Invalid)) {
                return confirmedIfGuessed(read, cased.get(), message);
            }
        }
        return read(message, now);
    }

    /** A reading naming a person whose name was guessed from lower-case words is asked about before it is saved. */
    private Command confirmedIfGuessed(Command read, LowerCaseNames.Cased cased, String message) {
        if (read instanceof Unsure || !LowerCaseNames.namesAny(read, cased.guessed())) {
            return read;
        }
        return read instanceof Several ? closest.guess(message)
                : new Unsure(read, Summary.of(read), LowerCaseNames.guessedPeople(read, cased.guessed()));
    }

    private Command read(String message, ZonedDateTime now) {
        Optional<Command> correctedWin = CorrectionReader.correcting(message).map(rest -> read(rest, now))
                .filter(fixed -> fixed instanceof MoveLead move && move.stage() == LeadStage.WON
                        && move.amount().isPresent())
                .map(fixed -> new CorrectWin(((MoveLead) fixed).lead(), ((MoveLead) fixed).amount().orElseThrow()));
        if (correctedWin.isPresent()) {
            return correctedWin.get();
        }
        Optional<Command> correctedBusiness = CorrectionReader.correcting(message).map(rest -> read(rest, now))
                .filter(fixed -> fixed instanceof RecordBusiness won && won.amount().isPresent())
                .map(fixed -> new CorrectBusiness(((RecordBusiness) fixed).source(),
                        ((RecordBusiness) fixed).amount().orElseThrow(), ((RecordBusiness) fixed).customer()));
        if (correctedBusiness.isPresent()) {
            return correctedBusiness.get();
        }
        Map<String, Optional<Command>> strictReadings = new HashMap<>();
        Optional<Command> strict = strict(message, now, strictReadings);
        BiFunction<String, ZonedDateTime, Optional<Command>> single = (said, at) -> single(said, at, strictReadings);
        if (strict.isPresent() && SoundReading.sound(strict.get()) && !(strict.get() instanceof Invalid)) {
            return keepsTheRest(strict.get()) ? strict.get() : clauses.read(message, now, single)
                    .filter(ChatParser::newsTold).orElse(strict.get());
        }
        if (strict.filter(Invalid.class::isInstance).isPresent()) {
            return single.apply(message, now).orElseThrow();
        }
        return clauses.read(message, now, single).or(() -> single.apply(message, now))
                .orElseGet(() -> closest.guess(message));
    }

    /**
     * One thing said: the strict grammar's reading when it names real people (a fixed command said another way is
     * first put in the grammar's words), else the lexicon's, held for confirmation when the words of two families are
     * in it; an unusable strict reading is kept when nothing else reads the message.
     */
    private Optional<Command> single(String message, ZonedDateTime now, Map<String, Optional<Command>> strictReadings) {
        Optional<Command> strict = strict(message, now, strictReadings);
        Optional<Command> loose = loosely.read(message, now);
        if (strict.filter(Invalid.class::isInstance).isPresent()) {
            return loose.filter(reading -> (reading instanceof LogReferral
                    || reading instanceof MoveLead move && move.amount().isPresent()) && LooseReader.families(message) < 2)
                    .or(() -> strict);
        }
        if (strict.isPresent() && SoundReading.sound(strict.get())
                && !(strict.get() instanceof RecordAsk && loose.filter(LogReferral.class::isInstance).isPresent())) {
            return strict;
        }
        return loose.map(reading -> reading instanceof Invalid || LooseReader.families(message) < 2
                || reading instanceof RecordReferrerUpdate && LooseReader.tells(message) ? reading
                : new Unsure(reading, Summary.of(reading)));
    }

    /** True when the reading keeps the words after its slots (a note, topic or need), so no second clause is lost. */
    private static boolean keepsTheRest(Command command) {
        return !(command instanceof RecordThanks || command instanceof RecordReferrerUpdate);
    }

    /** "sent Ann Lo a thank you, told her Bo Park signed": what follows the thanks is an update or a lead's move. */
    private static boolean newsTold(Command several) {
        return ((Several) several).commands().stream().skip(1)
                .allMatch(one -> one instanceof RecordReferrerUpdate || one instanceof MoveLead);
    }

    /** The strict grammar's reading, remembered per text for the rest of one parse (clauses ask again). */
    private Optional<Command> strict(String message, ZonedDateTime now, Map<String, Optional<Command>> strictReadings) {
        Optional<Command> known = strictReadings.get(message);
        if (known == null) {
            known = Rephrasings.of(message).flatMap(canonical -> understood(canonical, now))
                    .or(() -> understood(message, now));
            strictReadings.put(message, known);
        }
        return known;
    }

    private Optional<Command> understood(String message, ZonedDateTime now) {
        return corrections.read(message, now)
                .or(() -> reminders.read(message))
                .or(() -> goals.read(message))
                .or(() -> teams.read(message))
                .or(() -> digests.read(message))
                .or(() -> workingHours.read(message))
                .or(() -> workDays.read(message))
                .or(() -> managers.read(message))
                .or(() -> views.read(message))
                .or(() -> timeZones.read(message))
                .or(() -> coaching.read(message))
                .or(() -> coaching.readWho(message))
                .or(() -> habits.read(message, now))
                .or(() -> care.read(message))
                .or(() -> asks.readOutcomeFirst(message))
                .or(() -> leadStages.readStageFirst(message))
                .or(() -> referrals.read(message))
                .or(() -> meetings.read(message, now))
                .or(() -> leadStages.readLeadFirst(message))
                .or(() -> asks.readPersonFirst(message))
                .or(() -> coaching.readNeed(message))
                .or(() -> calendars.readAnswer(message));
    }

    /**
     * A reading whose words also answer the bot's question about a calendar event ("Lunch is with Bo Park" also
     * reads as Lunch moving to a company called Bo Park) carries both; the engine knows which events it asked about.
     */
    private Command orCalendarAnswer(Command reading, String message) {
        if (reading instanceof NameCalendarEvent || reading instanceof SkipCalendarEvent) {
            return reading;
        }
        return calendars.readAnswer(message).filter(NameCalendarEvent.class::isInstance)
                .<Command>map(answer -> new CalendarAnswerOr((NameCalendarEvent) answer, reading)).orElse(reading);
    }
}
