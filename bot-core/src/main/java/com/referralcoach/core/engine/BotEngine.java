package com.referralcoach.core.engine;

import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.ConfirmImport;
import com.referralcoach.core.language.ImportContacts;
import com.referralcoach.core.language.UndoImport;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.FormReadings;
import com.referralcoach.core.language.ShortAnswers;
import com.referralcoach.core.language.UndoLastChange;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine every adapter talks to: one message in, one reply out. A rep's mistake is a reply; a failure
 * of ours (storage down) is a reply too, and the message can simply be sent again.
 */
public final class BotEngine {
    private static final Logger log = LoggerFactory.getLogger(BotEngine.class);
    /** A question the rep has not answered within this long is dropped. */
    static final Duration QUESTION_KEPT = Duration.ofHours(1);
    /** How long after an ask prompt a bare "asked" or "got one" is taken as its answer. */
    static final Duration PROMPT_ANSWERED_WITHIN = Duration.ofHours(12);

    private final CoachStore store;
    private final ChatParser parser;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Handlers handlers;
    private final FormReadings forms = new FormReadings();
    private final RepZones zones = new RepZones();
    private volatile EngineObserver observer = EngineObserver.NONE;

    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone) {
        this(store, parser, clock, defaultZone, DigestRequests.NONE);
    }

    /** An engine that can have a team's digest posted to its channel on demand ("digest East now"). */
    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone, DigestRequests digests) {
        this(store, parser, clock, defaultZone, digests, ContactFiles.NONE, ImportProgress.NONE);
    }

    /** An engine that also imports the files of contacts {@code files} opens, telling long imports' progress. */
    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone, DigestRequests digests,
                     ContactFiles files, ImportProgress progress) {
        this(store, parser, clock, defaultZone, digests, files, progress, ExportFiles.NONE);
    }

    /** An engine that also hands reps their exports through {@code exports}. */
    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone, DigestRequests digests,
                     ContactFiles files, ImportProgress progress, ExportFiles exports) {
        this(store, parser, clock, defaultZone, digests, files, progress, exports, Optional.empty());
    }

    /** An engine that also connects reps' calendar feeds, kept in {@code calendars} and read through {@code feeds}. */
    public BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone, DigestRequests digests,
                     ContactFiles files, ImportProgress progress, ExportFiles exports,
                     com.referralcoach.core.port.CalendarBook calendars,
                     com.referralcoach.core.calendar.CalendarFeedReader feeds) {
        this(store, parser, clock, defaultZone, digests, files, progress, exports,
                Optional.of(CalendarDesk.over(store, calendars, feeds)));
    }

    private BotEngine(CoachStore store, ChatParser parser, Clock clock, ZoneId defaultZone, DigestRequests digests,
                      ContactFiles files, ImportProgress progress, ExportFiles exports,
                      Optional<CalendarDesk> calendar) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.handlers = Handlers.all(store, digests, files, progress, exports, calendar);
    }

    /** From now on, {@code observer} hears of each message handled (for metrics). */
    public void observe(EngineObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }

    public Reply handle(IncomingMessage message) {
        return handle(message, Optional.empty());
    }

    /**
     * Carries out {@code command} as if the rep had said {@code message} and it had been read so: the entry for a
     * form or a button whose fields already make a typed command, which is never turned into text and parsed.
     */
    public Reply handle(IncomingMessage message, Command command) {
        return handle(message, Optional.of(now -> command));
    }

    /** Carries out a form or slash command the rep filled in, its fields read at the rep's local time. */
    public Reply handle(IncomingMessage message, FilledForm form) {
        return handle(message, Optional.of(now -> form.read(forms, now)));
    }

    private Reply handle(IncomingMessage message, Optional<Function<ZonedDateTime, Command>> typed) {
        long started = System.nanoTime();
        String family = "failed";
        boolean understood = false;
        // every log line of this message names its workspace and one request id (never its text)
        org.slf4j.MDC.put("workspace", message.workspace().value());
        org.slf4j.MDC.put("request", Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        Instant arrived = clock.instant();
        // Read first in the zone the rep had last time (so almost always read once), before the rep is known.
        ZoneId guessedZone = zones.last(message.workspace(), message.rep()).orElse(defaultZone);
        Optional<Command> guessed = read(message, typed, arrived.atZone(guessedZone));
        com.referralcoach.core.port.ReadAhead.Scope ahead = readAhead(message, guessed);
        try {
            Optional<Rep> known = store.reps().find(message.workspace(), message.rep());
            Rep rep = known.orElseGet(() -> register(message));
            zones.remember(rep);
            ZonedDateTime now = arrived.atZone(rep.zone());
            Conversation conversation = new Conversation(rep, now, message.text(), message.workspaceAdmin());
            Optional<PendingQuestion> question = store.questions().take(rep.workspace(), rep.id())
                    .filter(q -> !q.askedAt().isBefore(now.toInstant().minus(QUESTION_KEPT)));
            if (typed.isEmpty() && question.isPresent()) {
                Optional<Reply> answered = answer(question.get(), conversation);
                if (answered.isPresent()) {
                    family = "answer";
                    understood = true;
                    return answered.get();
                }
            }
            // a short answer to the last ask prompt ("asked", "got one: Leo Grant at Hexa") is about its person
            Optional<String> promptAnswer = typed.isEmpty() ? promptAnswer(rep, message.text(), now) : Optional.empty();
            Conversation said = promptAnswer.map(text -> new Conversation(rep, now, text, message.workspaceAdmin()))
                    .orElse(conversation);
            // read in the guessed zone already: the same reading when that is the rep's zone
            Command command = promptAnswer.map(text -> parser.parse(text, now))
                    .orElseGet(() -> guessed.filter(first -> rep.zone().equals(guessedZone))
                    .orElseGet(() -> readAs(message, typed, now)));
            family = command.getClass().getSimpleName();
            understood = !(command instanceof com.referralcoach.core.language.Unknown
                    || command instanceof com.referralcoach.core.language.Invalid);
            Reply reply = carryOut(command, said);
            // a question left unanswered is said to be dropped, unless this message says the same thing again
            // ("Change", then the message retyped)
            if (question.isPresent() && question.get().reading().getClass() != command.getClass()) {
                reply = Reply.joined(List.of(Reply.of("Not saved: " + question.get().summary()
                        + " (it waited for a yes). Send it again if you meant it."), reply));
            }
            return known.isPresent() || command instanceof com.referralcoach.core.language.SetTimeZone
                    ? reply : welcome(reply, rep);
        } catch (RuntimeException e) {
            log.error("Could not handle a message in workspace {} from rep {}", message.workspace(), message.rep(), e);
            family = "failed";
            understood = false;
            return Reply.of("Sorry, I couldn't finish that because of a problem on my side. "
                    + "If it was a change, send it again in a moment.");
        } finally {
            ahead.close();
            org.slf4j.MDC.remove("workspace");
            org.slf4j.MDC.remove("request");
            tell(family, understood, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The message said again about the person of the ask prompt sent last, when it answers that prompt. */
    private Optional<String> promptAnswer(Rep rep, String text, ZonedDateTime now) {
        if (!PromptReplies.mayAnswer(text)) {
            return Optional.empty();
        }
        Instant since = now.toInstant().minus(PROMPT_ANSWERED_WITHIN);
        return store.reminders().lastSent(rep.workspace(), rep.id())
                .filter(prompt -> prompt.kind() == ReminderKind.ASK_AFTER_MEETING)
                .filter(prompt -> prompt.sentAt().filter(at -> at.isAfter(since)).isPresent())
                .filter(prompt -> prompt.contact().isPresent() && !answered(rep, prompt))
                .flatMap(prompt -> store.contacts().find(rep.workspace(), prompt.contact().get()))
                .flatMap(person -> PromptReplies.said(text, person.name().display()));
    }

    /**
     * True once the rep settled the prompt's ask after it came (a referral, a no, not now): a later word is about
     * something else. After "asked" or "she'll think about it", "got one: ..." still answers it.
     */
    private boolean answered(Rep rep, Reminder prompt) {
        Instant sent = prompt.sentAt().orElseThrow();
        return store.asks().latestOfContact(rep.workspace(), rep.id(), prompt.contact().orElseThrow(), 1).stream()
                .anyMatch(ask -> !ask.at().isBefore(sent) && ask.outcome() != AskOutcome.ASKED
                        && ask.outcome() != AskOutcome.THINKING);
    }

    private Command readAs(IncomingMessage message, Optional<Function<ZonedDateTime, Command>> typed,
                           ZonedDateTime now) {
        return typed.map(form -> form.apply(now)).orElseGet(() -> ShortAnswers.isUndo(message.text())
                ? new UndoLastChange() : parser.parse(message.text(), now));
    }

    /**
     * The message read in a guessed zone, before the rep (and their zone) is known; empty if it cannot be read
     * (the reading in the rep's zone then says why).
     */
    private Optional<Command> read(IncomingMessage message, Optional<Function<ZonedDateTime, Command>> typed,
                                   ZonedDateTime now) {
        try {
            return Optional.of(readAs(message, typed, now));
        } catch (RuntimeException e) {
            log.debug("Could not read a message before its rep was known", e);
            return Optional.empty();
        }
    }

    /**
     * Has the store read at once the rep and what the message says about the people it names. Only the names of the
     * first reading are used, which no zone changes. A message naming nobody reads nothing ahead.
     */
    private com.referralcoach.core.port.ReadAhead.Scope readAhead(IncomingMessage message, Optional<Command> read) {
        Set<String> names = read.map(MentionedNames::in).orElse(Set.of());
        try {
            return store.ahead().open(message.workspace(), message.rep(), names);
        } catch (RuntimeException e) {
            log.debug("Nothing read ahead for a message", e);
            return () -> { };
        }
    }

    private void tell(String family, boolean understood, Duration took) {
        try {
            observer.handled(family, understood, took);
        } catch (RuntimeException e) {
            log.warn("The engine's observer failed; the reply goes out anyway", e);
        }
    }

    /**
     * A "yes" carries out the reading the rep was asked about, with the message it came from; "that's wrong" drops
     * it (nothing was saved, so there is nothing to undo); anything else is a new message.
     */
    private Optional<Reply> answer(PendingQuestion question, Conversation conversation) {
        if (ShortAnswers.isYes(conversation.text())) {
            return Optional.of(carryOut(question.reading(), new Conversation(conversation.rep(), conversation.now(),
                    question.text(), conversation.admin())));
        }
        if (ShortAnswers.isUndo(conversation.text()) || ShortAnswers.isNo(conversation.text())) {
            return Optional.of(Reply.of("OK, not saved: " + question.summary() + "."));
        }
        return Optional.empty();
    }

    /**
     * Runs the command's handler; what it writes is recorded as one change the rep can undo. An import keeps its own
     * record ("undo import"), as its thousands of writes are no change to hold in the journal.
     */
    private Reply carryOut(Command command, Conversation conversation) {
        if (command instanceof UndoLastChange || command instanceof ImportContacts || command instanceof ConfirmImport
                || command instanceof UndoImport) {
            return handlers.handle(command, conversation);
        }
        return store.changes().recording(conversation.workspace(), conversation.rep().id(), conversation.instant(),
                () -> handlers.handle(command, conversation));
    }

    /** The rep's referral desk at a glance: open leads, referrers owed a thank-you or an update, what is coming. */
    public Reply home(WorkspaceId workspace, RepId rep, String repName) {
        try {
            Rep known = store.reps().find(workspace, rep).orElseGet(() -> new Rep(workspace, rep, repName, defaultZone,
                    Optional.empty(), clock.instant()));
            return new HomeView(store.contacts(), store.referrals(), store.reminders()).of(known, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not build the home view in workspace {} for rep {}", workspace, rep, e);
            return Reply.of("Your referral desk is not available right now; try again in a moment.");
        }
    }

    /**
     * Up to 25 names of people the workspace knows whose name starts with {@code prefix}, for a platform's
     * autocomplete; the words before the last one must be whole ("jane d" finds "Jane Doe", "jan" does not).
     */
    public List<String> knownNames(WorkspaceId workspace, String prefix) {
        String key = PersonName.keyOf(prefix == null ? "" : prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        int lastSpace = key.lastIndexOf(' ');
        String wholeWords = lastSpace < 0 ? key : key.substring(0, lastSpace);
        try {
            return store.contacts().findByNameKey(workspace, wholeWords).stream()
                    .filter(contact -> contact.name().key().startsWith(key))
                    .map(contact -> contact.name().display())
                    .distinct()
                    .limit(25)
                    .toList();
        } catch (RuntimeException e) {
            log.warn("Could not look up names in workspace {}", workspace, e);
            return List.of();
        }
    }

    /** A rep's first message registers them, in the platform's zone for them if known, else the default. */
    private Rep register(IncomingMessage message) {
        Rep rep = new Rep(message.workspace(), message.rep(), message.repName(), message.zoneHint().orElse(defaultZone),
                Optional.empty(), clock.instant());
        // a manager may have put them in a team with a default ideal referral before they ever wrote
        rep = rep.withIdeal(store.teams().teamOf(rep.workspace(), rep.id())
                .flatMap(team -> team.ideal().map(who -> new IdealReferral(who, Optional.of(team.name())))));
        store.reps().save(rep);
        return rep;
    }

    private static Reply welcome(Reply reply, Rep rep) {
        return new Reply(reply.text() + "\n(Welcome! I read and show your times in " + rep.zone().getId()
                + "; to change it, say \"tz Europe/Berlin\" with your own zone.)", reply.fields(), reply.actions());
    }
}
