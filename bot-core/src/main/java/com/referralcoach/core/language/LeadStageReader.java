package com.referralcoach.core.language;

import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how a referred lead moved: "Tom Lee contacted", "sent proposal to Tom Lee", "Tom Lee won $12k". */
final class LeadStageReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    /** A lead's name: anything up to the keyword, but never across a " - " or ": " note separator. */
    private static final String LEAD = "((?:(?!\\s*[—–]|\\s-+\\s|:\\s).)+?)";
    private static final Pattern CONTACTED_FIRST = Pattern.compile(
            "^(?:contacted|called\\s+back|reached(?:\\s+out\\s+to)?|got\\s+hold\\s+of)\\s+(.+)$", FLAGS);
    private static final Pattern BOOKED_FIRST = Pattern.compile(
            "^(?:booked|scheduled|set\\s+up)\\s+(?:a\\s+|the\\s+)?meeting\\s+with\\s+(.+)$", FLAGS);
    private static final Pattern PROPOSAL_FIRST = Pattern.compile(
            "^sent\\s+(?:a\\s+|the\\s+)?(?:proposal|quote|offer)\\s+to\\s+(.+)$", FLAGS);
    private static final Pattern STAGE_AFTER = Pattern.compile("^" + LEAD + "\\s+(contacted|reached"
            + "|meeting\\s+(?:booked|set|scheduled)|proposal(?:\\s+sent)?|won|signed"
            + "|closed(?:\\s+won)?(?!\\s+(?:in\\s+)?(?:repeat|other)\\b)|lost)"
            + "(?![\\p{L}\\p{N}])(.*)$", FLAGS);

    private static final Pattern NUMBER = Pattern.compile("\\d");
    /** "the contract", "the deal", "it": what was won, said in words (anything else there is an amount). */
    private static final Pattern WORDS_ABOUT_IT = Pattern.compile("\\s*(?:(?:the|a|an|our|their|this|that)\\s+"
            + "(?:contract|deal|agreement|paperwork|po|purchase\\s+order|order|sow|renewal)|it)\\b", FLAGS);
    /** "signed for 12k", "won at $9k": the word before the amount. */
    private static final Pattern WON_FOR = Pattern.compile("^\\s*(?:for|at)\\s+(?=\\S)", FLAGS);

    private final PersonReader people = new PersonReader();
    private final MoneyReader money = new MoneyReader();

    /** "contacted Tom Lee", "booked a meeting with Tom Lee", "sent proposal to Tom Lee". */
    Optional<Command> readStageFirst(String text) {
        return stageFirst(text, CONTACTED_FIRST, LeadStage.CONTACTED, Examples.CONTACTED)
                .or(() -> stageFirst(text, BOOKED_FIRST, LeadStage.MEETING, Examples.MEETING_BOOKED))
                .or(() -> stageFirst(text, PROPOSAL_FIRST, LeadStage.PROPOSAL, Examples.PROPOSAL));
    }

    private Optional<Command> stageFirst(String text, Pattern pattern, LeadStage stage, String example) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Notes.Split split = Notes.split(matcher.group(1));
        return Optional.of(people.read(split.head(), example)
                .toCommand(lead -> new MoveLead(lead, stage, Optional.empty(), split.note())));
    }

    /** "Tom Lee contacted", "Tom Lee won $12k", "Tom Lee lost - budget cut". */
    Optional<Command> readLeadFirst(String text) {
        Matcher matcher = STAGE_AFTER.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String keyword = matcher.group(2).toLowerCase(Locale.ROOT);
        LeadStage stage = stage(keyword);
        Reading<PersonRef> lead = people.read(matcher.group(1), example(stage));
        if (stage != LeadStage.WON) {
            return Optional.of(lead.toCommand(
                    person -> new MoveLead(person, stage, Optional.empty(), Notes.note(matcher.group(3)))));
        }
        if (!NUMBER.matcher(matcher.group(3)).find() && WORDS_ABOUT_IT.matcher(matcher.group(3)).lookingAt()) {
            // "Tom Lee signed the contract", "closed the deal": no amount, only words about the win
            return Optional.of(lead.toCommand(person -> new MoveLead(person, stage, Optional.empty(),
                    Notes.note(matcher.group(3)))));
        }
        Notes.Split split = amountInNote(Notes.split(WON_FOR.matcher(matcher.group(3)).replaceFirst("")));
        Reading<Optional<Money>> amount = split.head().isBlank()
                ? Reading.of(Optional.empty())
                : money.read(split.head()).then(found -> Reading.of(Optional.of(found)));
        return Optional.of(lead.then(person -> amount.then(won -> Reading.of(
                (Command) new MoveLead(person, stage, won, split.note())))).toCommand(command -> command));
    }

    /** "signed - 12k", "signed, 12k/yr - starts in May": an amount opening the note is the deal's amount. */
    private Notes.Split amountInNote(Notes.Split split) {
        if (!split.head().isBlank() || split.note().isEmpty()) {
            return split;
        }
        Notes.Split note = Notes.split(split.note().get());
        return money.read(note.head()).failed() ? split : note;
    }

    private static LeadStage stage(String keyword) {
        if (keyword.startsWith("contacted") || keyword.startsWith("reached")) {
            return LeadStage.CONTACTED;
        }
        if (keyword.startsWith("meeting")) {
            return LeadStage.MEETING;
        }
        if (keyword.startsWith("proposal")) {
            return LeadStage.PROPOSAL;
        }
        return keyword.equals("lost") ? LeadStage.LOST : LeadStage.WON;
    }

    private static String example(LeadStage stage) {
        return switch (stage) {
            case CONTACTED, NEW -> Examples.CONTACTED;
            case MEETING -> Examples.MEETING_BOOKED;
            case PROPOSAL -> Examples.PROPOSAL;
            case WON -> Examples.WON;
            case LOST -> Examples.LOST;
        };
    }
}
