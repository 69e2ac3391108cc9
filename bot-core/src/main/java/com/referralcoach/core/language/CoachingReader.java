package com.referralcoach.core.language;

import com.referralcoach.core.domain.IdealReferral;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what makes asks specific: the work delivered for a customer, and who the rep most wants to meet. */
final class CoachingReader {
    static final String DELIVERED_EXAMPLE = "delivered the payroll migration for Kim Lee";
    static final String IDEAL_EXAMPLE = "ideal referral: heads of operations at mid-size logistics firms";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final String DID = "(?:we\\s+|i\\s+|just\\s+)*(?:delivered|finished|completed|shipped|launched"
            + "|rolled\\s+out|wrapped\\s+up|went\\s+live\\s+with)\\s+";
    private static final String POSSESSIVE = "(?:['’]s|s['’])\\s+";
    private static final String DONE = "\\s+(?:is|are|went|has\\s+gone|have\\s+gone|was|were|is\\s+now)\\s+(?:now\\s+)?"
            + "(?:live|done|complete|completed|finished|delivered|launched|shipped)"
            + "(?:\\s+(?:today|now|yesterday|this\\s+week))?[.!]*$";
    /** "delivered the payroll migration for Kim Lee". */
    private static final Pattern DID_FOR = Pattern.compile("^" + DID + "(.+?)\\s+for\\s+(.+?)[.!]*$", FLAGS);
    /** "delivered Acme's payroll migration". */
    private static final Pattern DID_THEIRS = Pattern.compile("^" + DID + "(.+?)" + POSSESSIVE + "(.+?)[.!]*$", FLAGS);
    /** "Acme's rollout is live". */
    private static final Pattern THEIRS_DONE = Pattern.compile("^(.+?)" + POSSESSIVE + "(.+?)" + DONE, FLAGS);
    /** "the rollout for Acme is live". */
    private static final Pattern FOR_DONE = Pattern.compile("^(.+?)\\s+for\\s+(.+?)" + DONE, FLAGS);
    /** A meeting, a call or a demo being over is not work delivered. */
    private static final Pattern NOT_WORK = Pattern.compile("^(?:the\\s+|our\\s+|my\\s+|a\\s+)?(?:meeting|call|demo|"
            + "lunch|coffee|chat|visit|ask|intro|introduction|referral)s?\\b.*", FLAGS);

    private static final String IDEAL = "(?:my\\s+)?ideal\\s+(?:referrals?|intro(?:duction)?s?|client|customer)";
    private static final Pattern SET_IDEAL = Pattern.compile(
            "^(?:team\\s+" + TeamReader.NAME + "(?:['’]s)?\\s+)?" + IDEAL + "(?:\\s+is|\\s+are|\\s*[:=])\\s*(.*)$", FLAGS);
    private static final Pattern LOOKING = Pattern.compile("^(?:i['’]?m|i\\s+am)\\s+(?:looking|hoping|keen)\\s+to\\s+"
            + "meet\\s+(?:more\\s+)?(.+?)[.!]*$", FLAGS);
    private static final Pattern SHOW_IDEAL = Pattern.compile("^(?:show\\s+|what(?:['’]s|\\s+is)\\s+)?" + IDEAL
            + "[\\s?]*$", FLAGS);
    private static final Pattern CLEAR_IDEAL = Pattern.compile("^(?:(?:clear|remove|delete|forget)\\s+(?:team\\s+"
            + TeamReader.NAME + "(?:['’]s)?\\s+)?" + IDEAL + "|(?:team\\s+" + TeamReader.NAME + "(?:['’]s)?\\s+)?"
            + IDEAL + "\\s+(?:off|none))$", FLAGS);

    static final String NEED_EXAMPLE = "Kim Lee needs a bookkeeper";
    /** "Kim Lee needs a bookkeeper", "Kim is looking for a new accountant"; not "needs to", not "needs help". */
    private static final Pattern NEEDS = Pattern.compile("^(.+?)\\s+(?:needs|is\\s+looking\\s+for|is\\s+searching\\s+for"
            + "|could\\s+use|is\\s+after|wants)\\s+(?!to\\b|me\\b|us\\b|time\\b|a\\s+(?:call|meeting|follow[- ]?up)\\b)(.+?)[.!]*$",
            FLAGS);

    static final String OWNER_EXAMPLE = "Jane Doe owns a business";
    static final String COLLEAGUE_EXAMPLE = "Jane Doe is a former colleague";
    private static final Pattern OWNS_A_BUSINESS = Pattern.compile("^(.+?)\\s+(?:owns|runs|has)\\s+(?:(?:a|her|his|their)"
            + "\\s+own\\s+|a\\s+|an\\s+)(?:small\\s+|local\\s+|family\\s+)?(?:business|company|firm|shop|store)"
            + "(?:\\s*(?:[:\\-—–]|called)\\s*(.+?))?[.!]*$", FLAGS);
    private static final Pattern IS_AN_OWNER = Pattern.compile("^(.+?)\\s+is\\s+(?:a\\s+|an\\s+|the\\s+)?(?:small[- ]"
            + "business\\s+owner|business\\s+owner|(?:owner|founder)\\s+of\\s+(.+?))[.!]*$", FLAGS);
    private static final Pattern OWNS = Pattern.compile("^(.+?)\\s+owns\\s+(?!(?:a|an|the|it|this|that|them|me|us)\\b)"
            + "(\\p{Lu}.*?)[.!]*$", Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern IS_COLLEAGUE = Pattern.compile("^(.+?)\\s+(?:is|was)\\s+(?:a\\s+|an\\s+|my\\s+)?"
            + "(former\\s+|ex[- ]?|old\\s+|previous\\s+|past\\s+)?(?:colleague|co-?worker|workmate)"
            + "(?:\\s+of\\s+mine)?[.!]*$", FLAGS);
    private static final Pattern WORKED_WITH = Pattern.compile("^(?:i\\s+)?used\\s+to\\s+work\\s+with\\s+(.+?)[.!]*$"
            + "|^(.+?)\\s+(?:used\\s+to\\s+work|worked)\\s+with\\s+me(?:\\s+before)?[.!]*$"
            + "|^(.+?)\\s+and\\s+i\\s+(?:used\\s+to\\s+work|worked)\\s+together[.!]*$", FLAGS);

    private final PersonReader people = new PersonReader();

    private static final Pattern SOURCES = Pattern.compile("^(?:(?:show\\s+)?my\\s+|show\\s+)?(?:business\\s+)?sources"
            + "(?:\\s+of\\s+(?:my\\s+)?business)?[\\s?]*$|^where\\s+(?:does|did)\\s+my\\s+(?:business|revenue|deals)\\s+"
            + "come\\s+from[\\s?]*$|^referral\\s+(?:vs\\.?|versus)\\s+repeat(?:\\s+business)?[\\s?]*$", FLAGS);

    /** The work delivered for a customer; where won business came from. */
    Optional<Command> read(String text) {
        if (SOURCES.matcher(text).matches()) {
            return Optional.of(new ShowSources());
        }
        return delivery(text);
    }

    static final String REVIEW_LINK_EXAMPLE = "my review link G2 https://www.g2.com/products/acme/take_survey";
    private static final String SITE = "([\\p{L}\\p{N}][\\p{L}\\p{N} ]{0,20}?)";
    private static final Pattern REVIEW_LINK = Pattern.compile("^(?:my\\s+|set\\s+(?:my\\s+)?)?(?:" + SITE + "\\s+)?review\\s+"
            + "link(?:\\s+(?:for|on)\\s+" + SITE + "|\\s+" + SITE + "(?=\\s+(?:is\\b|[:=]|<|https?:)))?(?:\\s+is|\\s*[:=])?\\s*"
            + "<?(\\S+?)(?:\\|[^>]*)?>?$", FLAGS);
    private static final Pattern REMOVE_LINK = Pattern.compile("^(?:remove|delete|clear)\\s+(?:my\\s+)?(?:" + SITE
            + "\\s+)?review\\s+link(?:\\s+(?:for|on)\\s+" + SITE + ")?$", FLAGS);
    private static final Pattern SHOW_LINKS = Pattern.compile("^(?:show\\s+)?(?:my\\s+)?review\\s+links[\\s?]*$", FLAGS);

    /** The rep's review links, read as typed: a link is kept exactly as written. */
    Optional<Command> readReviewLinks(String text) {
        if (SHOW_LINKS.matcher(text).matches()) {
            return Optional.of(new ShowReviewLinks());
        }
        Matcher remove = REMOVE_LINK.matcher(text);
        if (remove.matches()) {
            return Optional.of(site(remove.group(1) != null ? remove.group(1) : remove.group(2))
                    .<Command>map(site -> new SetReviewLink(site, Optional.empty()))
                    .orElseGet(CoachingReader::whichSite));
        }
        Matcher set = REVIEW_LINK.matcher(text);
        if (!set.matches()) {
            return Optional.empty();
        }
        String named = set.group(1) != null ? set.group(1) : set.group(2) != null ? set.group(2) : set.group(3);
        Optional<String> site = site(named);
        if (site.isEmpty()) {
            return Optional.of(whichSite());
        }
        String link = set.group(4);
        if (!link.matches("(?i)https://[^\\s<>\"|]{3,300}")) {
            return Optional.of(new Invalid("A review link starts with https:// and has no spaces; paste it as the site"
                    + " gives it.", REVIEW_LINK_EXAMPLE));
        }
        return Optional.of(new SetReviewLink(site.get(), Optional.of(link)));
    }

    private static Optional<String> site(String named) {
        return Optional.ofNullable(named).flatMap(com.referralcoach.core.domain.ReviewSite::in)
                .map(com.referralcoach.core.domain.ReviewSite::label);
    }

    private static Command whichSite() {
        return new Invalid("Which review site? I know " + java.util.Arrays.stream(
                com.referralcoach.core.domain.ReviewSite.values()).map(com.referralcoach.core.domain.ReviewSite::label)
                .collect(java.util.stream.Collectors.joining(", ")) + ".", REVIEW_LINK_EXAMPLE);
    }

    /** Who the rep most wants to meet, read from the message as typed: its words are the rep's own. */
    Optional<Command> readIdeal(String text) {
        Matcher clear = CLEAR_IDEAL.matcher(text);
        if (clear.matches()) {
            String team = clear.group(1) != null ? clear.group(1) : clear.group(2);
            return Optional.of(new SetIdealReferral(Optional.ofNullable(team).map(String::strip), Optional.empty()));
        }
        if (SHOW_IDEAL.matcher(text).matches()) {
            return Optional.of(new ShowIdealReferral());
        }
        Matcher set = SET_IDEAL.matcher(text);
        if (set.matches()) {
            return Optional.of(ideal(Optional.ofNullable(set.group(1)).map(String::strip), set.group(2)));
        }
        Matcher looking = LOOKING.matcher(text);
        if (looking.matches()) {
            return Optional.of(ideal(Optional.empty(), looking.group(1)));
        }
        return Optional.empty();
    }

    private static Command ideal(Optional<String> team, String who) {
        String described = who.strip().replaceAll("[.!]+$", "").strip();
        if (described.isEmpty()) {
            return new Invalid("Who would you most like to be introduced to? Describe them in a line.", IDEAL_EXAMPLE);
        }
        if (described.length() > IdealReferral.LONGEST) {
            return new Invalid("Keep it to one line (" + IdealReferral.LONGEST + " characters): the kind of person,"
                    + " and the kind of company.", IDEAL_EXAMPLE);
        }
        return new SetIdealReferral(team, Optional.of(described));
    }

    /** Business owners and colleagues: people who refer, each with their own ask. */
    Optional<Command> readWho(String text) {
        for (Pattern pattern : List.of(OWNS_A_BUSINESS, IS_AN_OWNER, OWNS)) {
            Matcher owner = pattern.matcher(text);
            if (owner.matches()) {
                Optional<String> business = Optional.ofNullable(owner.group(2)).map(String::strip)
                        .filter(b -> !b.isEmpty() && b.length() <= 100);
                return Optional.of(people.read(owner.group(1).strip(), OWNER_EXAMPLE)
                        .toCommand(who -> new MarkBusinessOwner(who, business)));
            }
        }
        Matcher colleague = IS_COLLEAGUE.matcher(text);
        if (colleague.matches()) {
            boolean former = colleague.group(2) != null;
            return Optional.of(people.read(colleague.group(1).strip(), COLLEAGUE_EXAMPLE)
                    .toCommand(who -> new MarkColleague(who, former)));
        }
        Matcher worked = WORKED_WITH.matcher(text);
        if (worked.matches()) {
            String who = worked.group(1) != null ? worked.group(1) : worked.group(2) != null ? worked.group(2)
                    : worked.group(3);
            return Optional.of(people.read(who.strip(), COLLEAGUE_EXAMPLE)
                    .toCommand(person -> new MarkColleague(person, true)));
        }
        return Optional.empty();
    }

    /** What a person needs; read last, after referrals and leads ("... referred Tom Lee, needs payroll"). */
    Optional<Command> readNeed(String text) {
        Matcher needs = NEEDS.matcher(text);
        if (!needs.matches()) {
            return Optional.empty();
        }
        String need = needs.group(2).strip();
        if (need.length() > 200) {
            return Optional.of(new Invalid("Say in a few words what they need.", NEED_EXAMPLE));
        }
        return Optional.of(people.read(needs.group(1).strip(), NEED_EXAMPLE)
                .toCommand(person -> new RecordNeed(person, need)));
    }

    private Optional<Command> delivery(String text) {
        Matcher didFor = DID_FOR.matcher(text);
        if (didFor.matches()) {
            return delivered(didFor.group(2), didFor.group(1));
        }
        Matcher didTheirs = DID_THEIRS.matcher(text);
        if (didTheirs.matches()) {
            return delivered(didTheirs.group(1), didTheirs.group(2));
        }
        Matcher theirsDone = THEIRS_DONE.matcher(text);
        if (theirsDone.matches()) {
            return delivered(theirsDone.group(1), theirsDone.group(2));
        }
        Matcher forDone = FOR_DONE.matcher(text);
        if (forDone.matches()) {
            return delivered(forDone.group(2), forDone.group(1));
        }
        return Optional.empty();
    }

    private Optional<Command> delivered(String who, String what) {
        String work = what.strip();
        if (NOT_WORK.matcher(work).matches()) {
            // a meeting or a call being over is not work delivered: left to the other readers
            return Optional.empty();
        }
        if (work.isEmpty() || work.length() > 200) {
            return Optional.of(new Invalid("Say in a few words what you delivered.", DELIVERED_EXAMPLE));
        }
        return Optional.of(people.read(who.strip(), DELIVERED_EXAMPLE)
                .toCommand(customer -> new RecordDelivery(customer, work)));
    }
}
