package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the moments that decide when to ask: a problem, its fix, a win, a rush, a satisfaction score. */
final class MomentReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern PROBLEM = Pattern.compile(
            "^(?:open(?:ed)?\\s+(?:a\\s+)?)?(?:problem|issue|complaint)(?:\\s+(?:with|for|at))?\\s+(.+)$", FLAGS);
    private static final Pattern FIXED = Pattern.compile("^(?:fixed|solved|resolved)(?:\\s+(?:the\\s+)?"
            + "(?:problem|issue|complaint)(?:\\s+(?:with|for|at))?)?\\s+(.+)$", FLAGS);
    private static final Pattern WIN = Pattern.compile("^(?:a\\s+)?win(?:\\s+(?:for|with))?\\s+(.+)$", FLAGS);
    private static final Pattern RUSH = Pattern.compile(
            "^((?:(?![,;:]|\\s[-—–]).)+?)\\s+(?:was|is|were)\\s+"
                    + "(?:in\\s+a\\s+(?:rush|hurry)|rushing(?:\\s+out|\\s+off)?)(?![\\p{L}]).*$", FLAGS);
    private static final String SCORE = "(\\d{1,3})(?:\\s*/\\s*10|\\s+out\\s+of\\s+10)?";
    private static final Pattern CSAT_FIRST = Pattern.compile(
            "^(?:csat|satisfaction(?:\\s+score)?|score)\\s+(?:for\\s+|of\\s+)?(.+?)\\s*[:=]?\\s+" + SCORE + "$", FLAGS);
    private static final Pattern CSAT_AFTER = Pattern.compile(
            "^(.+?)\\s+(?:csat|satisfaction(?:\\s+score)?)\\s+(?:is\\s+|was\\s+|of\\s+)?" + SCORE + "$", FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text) {
        Matcher problem = PROBLEM.matcher(text);
        if (problem.matches()) {
            Notes.Split split = Notes.split(problem.group(1));
            return Optional.of(people.read(split.head(), HabitExamples.PROBLEM)
                    .toCommand(who -> new OpenProblem(who, split.note())));
        }
        Matcher fixed = FIXED.matcher(text);
        if (fixed.matches()) {
            return Optional.of(people.read(Notes.split(fixed.group(1)).head(), HabitExamples.FIXED)
                    .toCommand(FixProblem::new));
        }
        Matcher win = WIN.matcher(text);
        if (win.matches()) {
            Notes.Split split = Notes.split(win.group(1));
            return Optional.of(people.read(split.head(), HabitExamples.WIN)
                    .toCommand(who -> new RecordWin(who, split.note())));
        }
        Matcher rush = RUSH.matcher(text);
        if (rush.matches()) {
            return Optional.of(people.read(rush.group(1), HabitExamples.RUSH).toCommand(InARush::new));
        }
        return satisfaction(text);
    }

    private Optional<Command> satisfaction(String text) {
        for (Pattern pattern : new Pattern[] {CSAT_FIRST, CSAT_AFTER}) {
            Matcher csat = pattern.matcher(text);
            if (csat.matches()) {
                int score = Integer.parseInt(csat.group(2));
                if (score > 10) {
                    return Optional.of(new Invalid("A satisfaction score goes from 0 to 10.", HabitExamples.CSAT));
                }
                return Optional.of(people.read(csat.group(1), HabitExamples.CSAT)
                        .toCommand(who -> new RecordSatisfaction(who, score)));
            }
        }
        return Optional.empty();
    }
}
