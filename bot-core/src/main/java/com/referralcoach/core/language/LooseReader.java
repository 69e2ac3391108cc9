package com.referralcoach.core.language;

import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the strict grammar could not: the intent from a lexicon of words per family found anywhere in the
 * message ("hooked me up with", "went dark", "caught up with"), then the people and companies wherever they stand
 * ({@link Spans}), the topic after about / regarding / discussed, amounts and times.
 */
final class LooseReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern REVIEW = p("\\breview(?:ed|s)?\\b");
    private static final Pattern ENDORSEMENT = p("testimonial|\\breview\\b|recommendation|linkedin\\s+rec\\b|\\brec\\b|recommended\\s+me");
    private static final Pattern ENDORSEMENT_ASKED = p("\\basked\\b|\\brequest");
    private static final Pattern CONNECTOR = p("connector|knows\\s+every(?:one|body)|super\\s+connected|networker|well[\\s-]connected");
    private static final Pattern RUSH = p("\\brush|\\bhurry|had\\s+to\\s+(?:run|leave|go|dash)|cut\\s+short|ran\\s+out\\s+of\\s+time|slammed");
    private static final Pattern CSAT = p("\\b(?:csat|nps|satisfaction|rated|scored|score|gave\\s+(?:us|me)\\s+an?)\\b[^\\d]{0,20}?(\\d{1,2})(?:\\s*/\\s*10|\\s+out\\s+of\\s+10)?\\b");
    private static final Pattern REFERRAL = p("introduced\\s+me|put\\s+me\\s+in\\s+touch|passed\\s+along|hooked\\s+me\\s+up"
            + "|connected\\s+me|referred|referral\\s+from|intro\\s+(?:from|to)|sent\\s+over|gave\\s+me\\s+(?:a\\s+referral|an?\\s+intro|a\\s+lead|\\S+\\s+\\S+'s\\s+name)"
            + "|made\\s+an\\s+intro|cc'?d\\s+me|\\bvia\\b|lead\\s+from|new\\s+lead|got\\s+an\\s+intro|referral:");
    private static final Pattern REFERRER_CUE = p("(?:from|by|via|thru|through|by\\s+way\\s+of|thanks\\s+to)\\s*$");
    private static final Pattern GIVE = p("^(?:i\\s+)?(?:referred|introduced|passed|connected|put|sent|gave|made)\\b(?!\\s+me\\b)");
    private static final Pattern GIVE_WHAT = p("\\b(?:referral|lead|intro|introduction|in\\s+touch|along)\\b(?!\\s+email)"
            + "|^(?:i\\s+)?(?:referred|introduced|connected)\\s+\\p{Lu}");
    private static final Pattern NOBODY = p("\\b(?:with|met|called|asked|to)\\s+(?:someone|somebody|a\\s+guy|a\\s+lady|the\\s+\\p{L}+"
            + "|her\\s+\\p{L}+|his\\s+\\p{L}+|their\\s+\\p{L}+|my\\s+(?!goal)\\p{L}+)\\s*(?:$|at|from|of|for|about)");
    /**
     * Won business not from a referral: "repeat business", "other order", "closed 5k repeat w/ Ann Lo"; a renewal, an
     * upsell or a reorder with its amount ("Ann Lo renewed for $20k") is repeat business too.
     */
    /** An amount that is money: a currency, or thousands or millions ("500 units" is not). */
    private static final Pattern MONEY = p("[$€£]\\s?\\d|\\d(?:[.,]\\d+)?\\s?[km]\\b"
            + "|\\d\\s?(?:usd|eur|gbp|dollars|euros)\\b");
    private static final Pattern BUSINESS = p("\\b(repeat|other)\\s+(?:business|order|deal|sale)"
            + "|\\b(repeat)(?=\\s+(?:with|from)\\b)|\\b(renewed|upsold|re-?ordered|expanded)\\b");
    private static final Pattern SINCE = p("customer\\s+since|client\\s+since|anniversary|became\\s+a\\s+customer|signed\\s+with\\s+us|with\\s+us\\s+since|been\\s+a\\s+customer");
    private static final Pattern BIRTHDAY = p("birthday|born\\s+on");
    private static final Pattern CADENCE = p("(?:check\\s+in|touch\\s+base|keep\\s+in\\s+touch|stay\\s+in\\s+touch|ping).*?"
            + "(?:every\\s+(\\d{1,3})?\\s*(day|week|month|quarter)s?|\\b(daily|weekly|monthly|quarterly)\\b)");
    private static final Pattern WON = p("\\bsigned\\b|\\bclosed\\b|\\bwon\\b(?!')|is\\s+a\\s+go\\b");
    private static final Pattern LOST = p("\\blost\\b(?!\\s+(?:his|her|their|my|our|its)\\b)|went\\s+dark|ghost(?:ed|ing)|not\\s+interested|went\\s+with\\s+(?:another|a\\s+competitor|someone)|fell\\s+through|said\\s+no\\s+to\\s+the\\s+(?:proposal|quote|offer)|\\bpassed,"
            + "|never\\s+(?:responded|replied|got\\s+back)|not\\s+a\\s+(?:good\\s+)?fit"
            + "|(?:going|gone)\\s+w(?:ith|/)\\s*(?:another|a\\s+competitor|someone\\s+else)"
            + "|chose\\s+(?:another|a\\s+competitor)|(?:^|\\s)[-–—]+\\s*dead\\s*$|\\bdeal\\s+is\\s+dead\\b");
    private static final Pattern PROPOSAL = p("(?:proposal|quote|offer)\\s+(?:sent|out)|sent\\s+(?:\\S+\\s+){0,3}?(?:the\\s+|a\\s+)?(?:proposal|quote|offer)|has\\s+the\\s+(?:proposal|quote)"
            + "|got\\s+(?:the\\s+|our\\s+|my\\s+)?(?:proposal|quote)");
    private static final Pattern BOOKED = p("(?:booked|scheduled|set\\s+up|lined\\s+up)\\s+(?:a\\s+|the\\s+)?(?:meeting|demo|call)|agreed\\s+to\\s+meet"
            + "|(?:demo|meeting|call)\\s+(?:is\\s+)?(?:booked|scheduled|set\\s+up|set\\b)(?!\\s+(?:up\\s+)?with\\b)"
            + "|has\\s+a\\s+demo");
    private static final Pattern CONTACTED = p("\\bcontacted|reached\\s+out|\\bemailed|voicemail|\\bpinged|got\\s+hold\\s+of|intro\\s+email|called\\s+back"
            + "|\\breplied\\b|\\bresponded\\b|got\\s+back\\s+to\\s+me|(?:is|seems|sounds)\\s+interested");
    private static final Pattern THANKS = p("\\bthank|\\bthx\\b|\\bthanks\\b");
    private static final Pattern UPDATE = p("\\bupdated?\\b|in\\s+the\\s+loop|looped|filled\\s+in|let\\s+\\S+(?:\\s+\\S+)?\\s+know|\\btold\\b");
    private static final Pattern FIXED = p("\\bfixed|resolved|solved|sorted\\s+(?:out|it)|\\bsorted\\s*[.!]*$"
            + "|(?:is|was|got|been)\\s+sorted\\b");
    private static final Pattern PROBLEM = p("problem|\\bissue|complain|upset|unhappy|annoyed|angry|messed\\s+up|dropped\\s+the\\s+ball|went\\s+wrong|escalat");
    private static final Pattern WIN = p("\\bwin\\b|\\bsaved\\b|helped\\s+\\S+(?:\\s+\\S+)?\\s+(?:cut|save|grow|win|get)|got\\s+\\S+(?:\\s+\\S+)?\\s+an?\\s+\\d|thrilled|shipped");
    private static final Pattern ASK_SKIPPED = p("didn'?t\\s+ask|not\\s+ask|won'?t\\s+ask|holding\\s+off|skip|hold\\s+off|not\\s+now");
    private static final Pattern ASK = p("\\basked\\b|popped\\s+the\\s+question|made\\s+the\\s+(?:referral\\s+)?ask|\\bdeclined|passed\\s+on|said\\s+(?:no|maybe)|refused|think\\s+about|thinking|comfortable");
    private static final Pattern MEETING = p("\\bmet\\b|meeting|\\bcall\\b|called|zoom|lunch|coffee|dinner|breakfast|drinks|demo|caught\\s+up|catch[\\s-]up"
            + "|\\bchat\\b|spoke|talked|\\brang\\b|visited|\\bsaw\\b|sync|sat\\s+down|wrapped|presented|walked|site\\s+visit|checked\\s+in");
    private static final String GATHERING = "(?:meeting|call|demo|lunch|coffee|dinner|breakfast|appointment|zoom|catch[\\s-]?up)";
    /** A meeting that did not happen: nothing to log, and no ask to prompt. */
    private static final Pattern NOT_HELD = p("\\b(?:missed|forgot(?:\\s+about)?|cancell?ed|postponed|rescheduled|skipped"
            + "|bailed\\s+on|didn'?t\\s+(?:show|turn)\\s+up\\s+(?:to|for)|did\\s+not\\s+(?:show|turn)\\s+up\\s+(?:to|for))"
            + "\\s+(?:our|the|my|a|an|this|today'?s|their|his|her)?\\s*(?:\\w+\\s+)?" + GATHERING + "\\b"
            + "|\\b" + GATHERING + "\\b.{0,40}?\\b(?:was|got|is|has\\s+been)\\s+(?:cancell?ed|postponed|rescheduled|called\\s+off)"
            + "|\\bno[\\s-]?show(?:ed)?\\b|\\bstood\\s+(?:me|us)\\s+up\\b");
    private static final Pattern TOPIC = p("(?:\\babout|\\bregarding|\\bdiscussed|\\bto\\s+discuss|\\bon\\s+the|\\bthrough\\s+the)\\s+(.+?)(?=\\s+[-–—]\\s+|[,;(]|\\s+(?:today|yesterday|tomorrow|tonight)\\b|$)");
    private static final Pattern NOTE = p("(?:[:]|\\s[-–—]+|,)\\s+(.+)$");
    private static final Pattern MONTH_YEAR = p("\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\s+(\\d{4})\\b");
    private static final Pattern SLASH_DAY = p("\\b(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern AMOUNT = p("(?<![\\p{L}\\d])([$€£¥₹]\\s?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:k|m)?|\\d[\\d,]*(?:\\.\\d+)?\\s*(?:k|m)?\\s*(?:usd|eur|gbp|[$€£])?)(?:\\s*/\\s*(?:yr|year|mo|month))?(?![\\p{L}\\d])");

    private static final Pattern LINKEDIN = p("linkedin|recommend|\\brec\\b");
    private static final Pattern ASK_WORD = p("\\bask");
    private static final Pattern REFERRED_BY_END = p("\\b(?:was|were)?\\s*referred\\s+by\\s*$");
    private static final Pattern ASK_WHOLE_WORD = p("\\bask\\b");
    private static final Pattern TO_OR_FOR_END = p("\\b(?:to|for)\\s*$");
    private static final Pattern FOR_END = p("\\b(?:for)\\s*$");
    private static final Pattern GAVE_FIRST = p("^(?:i\\s+)?(?:gave|sent|made)\\b");
    private static final Pattern THANKS_TO = p("thanks\\s+to");
    private static final Pattern UPDATE_OF_A_THING = p("updated?\\s+(?:the|my|our|a)\\b|\\b(?:to\\s+give|about)\\s+(?:an?\\s+|the\\s+)?update");
    private static final Pattern ALL_GOOD = p("all\\s+good\\s+with");
    private static final Pattern DECLINED = p("said\\s+no|declin|refus|comfortable|\\bnope\\b|not\\s+interested|passed\\s+on|no\\s+thanks");
    private static final Pattern GOT_ONE = p("gave\\s+me\\s+(?:a\\s+)?(?:name|lead|contact)|got\\s+(?:a\\s+name|one)|referred");
    private static final Pattern THINKING = p("think|maybe|get\\s+back|consider|not\\s+sure");
    private static final Pattern POSSESSIVE_BIRTHDAY = p("(?:^|\\s)(\\p{L}+)'s\\s+(?:birthday|bday)");
    private static final Pattern DATE = Pattern.compile(DayReader.DAY, FLAGS);
    private static final Pattern PROBLEM_ABOUT = p("(?:about|with|re|on)\\s+(?:the\\s+)?(.+)$");

    private static final java.util.Map<String, Pattern> DAY_AND_MONTH = new java.util.concurrent.ConcurrentHashMap<>();
    /** The other person did it, not the rep: "she asked about pricing", "Ann thanked me", "he told me". */
    private static final Pattern ASKED_BY_THEM = Pattern.compile("\\b(?:[Ss]he|[Hh]e|[Tt]hey|who)\\s+asked\\b"
            + "|\\b(?!I\\b)\\p{Lu}[\\p{L}'-]*\\s+asked\\b(?!\\s+(?:for\\s+)?(?:a\\s+|an\\s+)?(?:referral|intro|name))");
    private static final Pattern TO_THE_REP = p("\\b(?:thank(?:ed|s)?|told|updated|filled|let|asked|kept)\\s+(?:me|us)\\b");
    private static final Pattern THANKED = p("\\bthank(?!s\\s+to\\b)|\\bthx\\b");
    /** An ask for a review is one thing said, so asks and endorsements are one family here. */
    private static final Pattern[][] FAMILIES = {{ENDORSEMENT, ASK, ASK_SKIPPED}, {CONNECTOR}, {CSAT}, {RUSH},
        {SINCE, BIRTHDAY}, {CADENCE}, {BUSINESS}, {REFERRAL}, {LOST, WON, PROPOSAL, BOOKED, CONTACTED}, {THANKED},
        {UPDATE}, {FIXED, PROBLEM}, {WIN}};
    private static final Pattern ASKED_ME = p("\\basked\\s+(?:me|us)\\b");
    /** Telling a person news ("told Ann Lo Bo Park signed", "filled in Ann Lo - the Kite deal closed") updates them. */
    private static final Pattern TOLD = Pattern.compile("^(?:[Ii]\\s+)?(?:told|filled\\s+in|updated|let(?=\\s+\\p{Lu}[^,;]*\\bknow\\b))\\s+(?=\\p{Lu})");
    private final MeetingReader meetings = new MeetingReader();
    private final MoneyReader money = new MoneyReader();

    private static Pattern p(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    Optional<Command> read(String text, ZonedDateTime now) {
        if (NOBODY.matcher(text).find()) {
            return Optional.empty();
        }
        List<Spans.Span> spans = Spans.in(text);
        List<Spans.Span> people = Spans.people(spans);
        Optional<PersonRef> first = people.isEmpty() ? Optional.empty() : Optional.of(ref(people.get(0), spans));
        if (ENDORSEMENT.matcher(text).find()) {
            boolean received = !ENDORSEMENT_ASKED.matcher(text).find();
            boolean review = REVIEW.matcher(text).find();
            Endorsement kind = LINKEDIN.matcher(text).find() ? Endorsement.LINKEDIN_RECOMMENDATION
                    : review ? Endorsement.REVIEW : Endorsement.TESTIMONIAL;
            java.util.Optional<String> site = review ? com.referralcoach.core.domain.ReviewSite.in(text)
                    .map(com.referralcoach.core.domain.ReviewSite::label) : java.util.Optional.empty();
            return only(people, first).map(who -> new TrackEndorsement(who, kind, received, site));
        }
        if (CONNECTOR.matcher(text).find()) {
            return only(people, first).map(MarkConnector::new);
        }
        Matcher csat = CSAT.matcher(text);
        if (csat.find() && Integer.parseInt(csat.group(1)) <= 10) {
            return first.or(() -> anyName(spans)).map(who -> new RecordSatisfaction(who, Integer.parseInt(csat.group(1))));
        }
        if (RUSH.matcher(text).find()) {
            return only(people, first).map(InARush::new);
        }
        Optional<Command> dated = occasion(text, spans, first, now);
        if (dated.isPresent() || SINCE.matcher(text).find() || BIRTHDAY.matcher(text).find()) {
            return dated;
        }
        Matcher cadence = CADENCE.matcher(text);
        if (cadence.find()) {
            return only(people, first).map(who -> new SetCheckInCadence(who, days(cadence)));
        }
        Matcher business = BUSINESS.matcher(text);
        if (business.find() && (business.group(3) == null || MONEY.matcher(text).find())) {
            String source = business.group(1) != null ? business.group(1) : "repeat";
            return Optional.of(new RecordBusiness(amount(text), com.referralcoach.core.domain.BusinessSource.valueOf(
                    source.toUpperCase(Locale.ROOT)), first.or(() -> anyName(spans))));
        }
        if (ASK_SKIPPED.matcher(text).find() && ASK_WORD.matcher(text).find()) {
            return only(people, first).map(who -> new RecordAsk(who, AskOutcome.SKIPPED, note(text)));
        }
        if (tells(text) && people.get(0).text().split(" ").length <= 3 && people.get(0).start() == TOLD.matcher(text).results().findFirst().orElseThrow().end()) {
            return Optional.of(new RecordReferrerUpdate(PersonRef.of(people.get(0).text())));
        }
        return referral(text, spans, people).or(() -> given(text, spans, people))
                .or(() -> lead(text, people, first))
                .or(() -> care(text, people, first))
                .or(() -> moment(text, spans, first))
                .or(() -> ask(text, people, first))
                .or(() -> meeting(text, spans, first, now));
    }

    /** True when the message opens by telling a named person something: the news is what the update said. */
    static boolean tells(String text) {
        return TOLD.matcher(text).find() && !Spans.people(Spans.in(text)).isEmpty();
    }

    /**
     * How many families' words the text holds (a meeting's aside): two or more mean two readings are close, and the
     * one taken is confirmed before it is saved.
     */
    static int families(String text) {
        int families = 0;
        for (Pattern[] family : FAMILIES) {
            for (Pattern word : family) {
                if (word.matcher(text).find()) {
                    families++;
                    break;
                }
            }
        }
        return families;
    }

    private Optional<Command> referral(String text, List<Spans.Span> spans, List<Spans.Span> people) {
        Matcher trigger = REFERRAL.matcher(text);
        if (!trigger.find() || people.size() != 2 || GIVE.matcher(text).find() || ASKED_ME.matcher(text).find()) {
            return Optional.empty();
        }
        Spans.Span a = people.get(0);
        Spans.Span b = people.get(1);
        boolean bIsReferrer = REFERRER_CUE.matcher(text.substring(0, b.start())).find()
                || REFERRED_BY_END.matcher(text.substring(0, b.start())).find();
        Spans.Span referrer = bIsReferrer ? b : a;
        Spans.Span lead = bIsReferrer ? a : b;
        return Optional.of(new LogReferral(ref(referrer, spans), ref(lead, spans), LeadDetails.none()));
    }

    private Optional<Command> given(String text, List<Spans.Span> spans, List<Spans.Span> people) {
        if (!GIVE.matcher(text).find() || !GIVE_WHAT.matcher(text).find() || people.isEmpty() || people.size() > 2
                || ASK_WHOLE_WORD.matcher(text).find()) {
            return Optional.empty();
        }
        Spans.Span to = people.get(0);
        Optional<Spans.Span> other = people.size() == 2 ? Optional.of(people.get(1)) : Optional.empty();
        if (other.isPresent() && TO_OR_FOR_END.matcher(text.substring(0, other.get().start())).find()
                && !FOR_END.matcher(text.substring(0, to.start())).find()
                && !GAVE_FIRST.matcher(text).find()) {
            to = other.get();
            other = Optional.of(people.get(0));
        }
        return Optional.of(new GiveReferral(ref(to, spans), other.map(Spans.Span::text)));
    }

    private Optional<Command> lead(String text, List<Spans.Span> people, Optional<PersonRef> first) {
        LeadStage stage = LOST.matcher(text).find() ? LeadStage.LOST : WON.matcher(text).find() ? LeadStage.WON
                : PROPOSAL.matcher(text).find() ? LeadStage.PROPOSAL : BOOKED.matcher(text).find() ? LeadStage.MEETING
                : CONTACTED.matcher(text).find() ? LeadStage.CONTACTED : null;
        if (stage == null) {
            return Optional.empty();
        }
        Optional<Money> amount = stage == LeadStage.WON ? amount(text) : Optional.empty();
        Optional<String> note = stage == LeadStage.LOST ? note(text) : Optional.empty();
        return only(people, first).map(who -> new MoveLead(who, stage, amount, note));
    }

    private Optional<Command> care(String text, List<Spans.Span> people, Optional<PersonRef> first) {
        if (TO_THE_REP.matcher(text).find()) {
            return Optional.empty();
        }
        if (THANKS.matcher(text).find() && !THANKS_TO.matcher(text).find()) {
            return only(people, first).map(RecordThanks::new);
        }
        if (UPDATE.matcher(text).find() && !UPDATE_OF_A_THING.matcher(text).find()) {
            return people.isEmpty() ? Optional.empty() : Optional.of(new RecordReferrerUpdate(first.get()));
        }
        return Optional.empty();
    }

    private Optional<Command> moment(String text, List<Spans.Span> spans, Optional<PersonRef> first) {
        Optional<PersonRef> customer = first.or(() -> anyName(spans));
        if (FIXED.matcher(text).find() || ALL_GOOD.matcher(text).find()) {
            return customer.map(FixProblem::new);
        }
        if (PROBLEM.matcher(text).find()) {
            return customer.map(who -> new OpenProblem(who, note(text).or(() -> after(text, PROBLEM_ABOUT))));
        }
        if (WIN.matcher(text).find()) {
            return customer.map(who -> new RecordWin(who, note(text)));
        }
        return Optional.empty();
    }

    private Optional<Command> ask(String text, List<Spans.Span> people, Optional<PersonRef> first) {
        if (ASK_SKIPPED.matcher(text).find() && ASK_WORD.matcher(text).find()) {
            return only(people, first).map(who -> new RecordAsk(who, AskOutcome.SKIPPED, note(text)));
        }
        if (!ASK.matcher(text).find() || ASKED_BY_THEM.matcher(text).find() || TO_THE_REP.matcher(text).find()) {
            return Optional.empty();
        }
        AskOutcome outcome = DECLINED.matcher(text).find()
                ? AskOutcome.DECLINED : GOT_ONE.matcher(text).find()
                ? AskOutcome.GOT_REFERRAL : THINKING.matcher(text).find()
                ? AskOutcome.THINKING : AskOutcome.ASKED;
        return only(people, first).map(who -> new RecordAsk(who, outcome, Optional.empty()));
    }

    private Optional<Command> meeting(String text, List<Spans.Span> spans, Optional<PersonRef> first, ZonedDateTime now) {
        if (!MEETING.matcher(text).find() || first.isEmpty() || Spans.people(spans).size() > 1) {
            return Optional.empty();
        }
        if (NOT_HELD.matcher(text).find()) {
            return Optional.of(new Invalid("Not saved: it sounds like the meeting with " + first.get().name().asWritten()
                    + " didn't happen. Log it once you have met, and I'll remind you to ask at its end.",
                    Examples.MEETING_TIMES));
        }
        Optional<String> topic = after(text, TOPIC);
        Reading<MeetingReader.Window> window = meetings.window(text, now);
        if (window.failed()) {
            return Optional.of(window.problem().get());
        }
        return Optional.of(new LogMeeting(first.get(), topic, window.get().startsAt(), window.get().endsAt()));
    }

    private Optional<Command> occasion(String text, List<Spans.Span> spans, Optional<PersonRef> first, ZonedDateTime now) {
        Optional<PersonRef> who = first.or(() -> anyName(spans)).or(() -> possessive(text));
        Optional<DayReader.Day> day = day(text);
        if (who.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        if (BIRTHDAY.matcher(text).find()) {
            return Optional.of(new SetBirthday(who.get(), day.get().day()));
        }
        if (SINCE.matcher(text).find()) {
            return day.get().year().map(year -> new SetCustomerSince(who.get(), day.get().day().atYear(year)));
        }
        return Optional.empty();
    }

    private static Optional<DayReader.Day> day(String text) {
        Matcher monthYear = MONTH_YEAR.matcher(text);
        String dated = monthYear.find() && !dayAndMonth(monthYear.group(1)).matcher(text).find() ? text.replace(monthYear.group(), "1 " + monthYear.group(1) + " " + monthYear.group(2)) : text;
        Matcher slash = SLASH_DAY.matcher(dated);
        if (slash.find()) {
            dated = dated.replace(slash.group(), slash.group(2) + " " + java.time.Month.of(Math.max(1, Math.min(12,
                    Integer.parseInt(slash.group(1))))).name());
        }
        Matcher date = DATE.matcher(dated);
        for (int from = 0; from < dated.length() && date.find(from); from = date.start() + 1) {
            Reading<DayReader.Day> read = DayReader.read(date.group(1), "");
            if (!read.failed()) {
                return Optional.of(read.get());
            }
        }
        return Optional.empty();
    }

    private static Pattern dayAndMonth(String month) {
        return DAY_AND_MONTH.computeIfAbsent(month.toLowerCase(Locale.ROOT), m ->
                p("\\d{1,2}(?:st|nd|rd|th)?\\s+" + m + "|" + m + "\\s+\\d{1,2}\\b(?!\\d)"));
    }

    private static Optional<PersonRef> possessive(String text) {
        Matcher matcher = POSSESSIVE_BIRTHDAY.matcher(text);
        return matcher.find() && NameShape.person(matcher.group(1)) ? Optional.of(PersonRef.of(matcher.group(1))) : Optional.empty();
    }

    private static int days(Matcher cadence) {
        String unit = cadence.group(2) != null ? cadence.group(2).toLowerCase(Locale.ROOT) : cadence.group(3).toLowerCase(Locale.ROOT);
        int count = cadence.group(1) == null ? 1 : Integer.parseInt(cadence.group(1));
        int per = unit.startsWith("day") || unit.equals("daily") ? 1 : unit.startsWith("week") ? 7
                : unit.startsWith("quarter") ? 90 : 30;
        return Math.max(1, Math.min(366, count * per));
    }

    private Optional<Money> amount(String text) {
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            String typed = amount.group(1);
            if (typed.length() <= 2 && typed.chars().allMatch(Character::isDigit)) {
                continue;
            }
            Reading<Money> read = money.read(typed);
            if (!read.failed()) {
                return Optional.of(read.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<PersonRef> only(List<Spans.Span> people, Optional<PersonRef> first) {
        return people.size() == 1 ? first : Optional.empty();
    }

    private static Optional<PersonRef> anyName(List<Spans.Span> spans) {
        return spans.size() == 1 ? Optional.of(PersonRef.of(spans.get(0).text())) : Optional.empty();
    }

    private static PersonRef ref(Spans.Span person, List<Spans.Span> spans) {
        return new PersonRef(new com.referralcoach.core.domain.PersonName(person.text()), Spans.companyOf(person, spans));
    }

    private static Optional<String> note(String text) {
        Matcher note = NOTE.matcher(text);
        return note.find() ? Notes.note(note.group(1)) : Optional.empty();
    }

    private static Optional<String> after(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Notes.note(matcher.group(1)) : Optional.empty();
    }
}
