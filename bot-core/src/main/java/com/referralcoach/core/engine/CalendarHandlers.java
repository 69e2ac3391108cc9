package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedRead;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.language.CalendarAnswerOr;
import com.referralcoach.core.language.ConnectCalendar;
import com.referralcoach.core.language.DisconnectCalendar;
import com.referralcoach.core.language.NameCalendarEvent;
import com.referralcoach.core.language.SetOurDomains;
import com.referralcoach.core.language.SetPrepNotes;
import com.referralcoach.core.language.ShowCalendar;
import com.referralcoach.core.language.SkipCalendarEvent;
import com.referralcoach.core.port.CalendarAnswer;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CalendarFeed;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar commands: connect a feed (read at once), its status, disconnect, the team's domains (managers and
 * admins), prep notes, and the answers about events with no one on them. The link is never shown back.
 */
final class CalendarHandlers {
    /** When a feed just connected is read next; later reads follow the scheduler's interval. */
    static final Duration NEXT_READ = Duration.ofMinutes(10);
    private static final String NOT_HERE = "Calendars can't be connected on this bot.";

    private final Optional<CalendarDesk> desk;
    private final Roles roles;

    private CalendarHandlers(Optional<CalendarDesk> desk, Roles roles) {
        this.desk = desk;
        this.roles = roles;
    }

    static Handlers register(Handlers handlers, Optional<CalendarDesk> desk, Roles roles, PeopleFinder people) {
        CalendarHandlers calendar = new CalendarHandlers(desk, roles);
        CalendarAnswerChoice choice = new CalendarAnswerChoice(people, handlers);
        return handlers.add(ConnectCalendar.class, (c, talk) -> calendar.with(d -> calendar.connect(d, c, talk)))
                .add(ShowCalendar.class, (c, talk) -> calendar.with(d -> calendar.status(d, talk)))
                .add(DisconnectCalendar.class, (c, talk) -> calendar.with(d -> calendar.disconnect(d, talk)))
                .add(SetOurDomains.class, (c, talk) -> calendar.with(d -> calendar.domains(d, c, talk)))
                .add(SetPrepNotes.class, (c, talk) -> calendar.with(d -> calendar.prep(d, c, talk)))
                .add(NameCalendarEvent.class, (c, talk) -> calendar.with(d -> calendar.named(d, c, talk)))
                .add(SkipCalendarEvent.class, (c, talk) -> calendar.with(d -> calendar.skip(d, talk)))
                .add(CalendarAnswerOr.class, (c, talk) -> choice.handle(c, talk, desk));
    }

    private Reply with(java.util.function.Function<CalendarDesk, Reply> work) {
        return desk.map(work).orElseGet(() -> Reply.of(NOT_HERE));
    }

    private Reply connect(CalendarDesk d, ConnectCalendar command, Conversation talk) {
        FeedLink link = FeedLink.parse(command.link()).orElseThrow();
        Instant now = talk.instant();
        CalendarFeed feed = d.book().connect(talk.workspace(), talk.rep().id(), link, now);
        FeedRead read = d.read(talk.rep(), feed, now);
        if (read instanceof FeedRead.Failed failed) {
            d.book().saveFeed(feed.failed(failed.problem(), now.plus(NEXT_READ), true));
            return Reply.of("I couldn't use that calendar link: " + failed.reason()
                    + " I'll try it again in 10 minutes; \"calendar off\" forgets it.");
        }
        CalendarImport.Applied found = d.saveRead(talk.rep(), feed, read, now, now.plus(NEXT_READ));
        StringBuilder text = new StringBuilder("Connected: ").append(found(found, talk.moments()))
                .append(". I read it every 10 minutes and bring the ask at the end of each customer meeting.")
                .append("\nThe link is a password: I never show it. If you posted it in a channel, reset it in your"
                        + " calendar and send me the new one in a direct message.");
        d.notesDue(talk.rep(), now).forEach(note -> text.append("\n\n").append(note.text()));
        return Reply.of(text.toString());
    }

    /** "14 customer meetings in the next 2 weeks, the next one Tue 10:00 with Ann Lo (Vela)". */
    private String found(CalendarImport.Applied found, Moments moments) {
        int count = found.customerMeetings();
        String meetings = (count == 0 ? "no" : String.valueOf(count)) + " customer meeting" + (count == 1 ? "" : "s")
                + " in the next 2 weeks";
        return meetings + found.next().map(next -> ", the next one " + moments.dateTime(next.start()) + " with "
                + names(next)).orElse("");
    }

    private static String names(CalendarEvent event) {
        return String.join(", ", event.customers().stream().map(c -> c.name() + c.company().map(co -> " (" + co + ")")
                .orElse("")).toList());
    }

    private Reply status(CalendarDesk d, Conversation talk) {
        Optional<CalendarFeed> feed = d.book().feed(talk.workspace(), talk.rep().id());
        if (feed.isEmpty()) {
            return Reply.of("No calendar connected. Send me its link in a direct message: \"calendar https://…\" "
                    + "(Google's secret address in iCal format, Outlook's published ICS link, or iCloud's public link).");
        }
        Moments moments = talk.moments();
        CalendarFeed f = feed.get();
        return Reply.of("Calendar connected (" + f.link().redacted() + ").\nLast read: "
                + f.lastRead().map(moments::dateTime).orElse("not yet") + ". Next read: "
                + moments.dateTime(f.nextRead()) + ".\nFound: "
                + found(d.imports().found(talk.rep(), talk.instant()), moments) + "."
                + f.problem().map(p -> "\nLast problem: " + p.reason()).orElse(""));
    }

    private Reply disconnect(CalendarDesk d, Conversation talk) {
        return Reply.of(d.book().disconnect(talk.workspace(), talk.rep().id())
                ? "Calendar disconnected: I forgot its link and the events I hadn't logged. Meetings already logged stay."
                : "No calendar is connected.");
    }

    private Reply domains(CalendarDesk d, SetOurDomains command, Conversation talk) {
        if (!roles.canManage(talk)) {
            return roles.refuse(talk, "set the team's mail domains", Optional.empty());
        }
        Set<String> domains = new TreeSet<>(command.domains());
        d.book().setTeamDomains(talk.workspace(), domains);
        return Reply.of("Our domains: " + String.join(", ", domains) + ". Calendar meetings with only these "
                + "addresses are internal; anyone else (and free mail) is a customer.");
    }

    private Reply prep(CalendarDesk d, SetPrepNotes command, Conversation talk) {
        d.imports().prepSwitched(talk.rep(), command.on(), talk.instant());
        return Reply.of(command.on()
                ? "Prep notes on: 15 minutes before each customer meeting of your calendar I'll send what you last"
                + " discussed, "
                + "open problems and leads, occasions coming, and the ask to make at the end."
                : "Prep notes off.");
    }

    private Reply named(CalendarDesk d, NameCalendarEvent command, Conversation talk) {
        Optional<CalendarEvent> asked = waiting(d, talk).stream()
                .filter(e -> e.title().equalsIgnoreCase(command.title().strip())).findFirst();
        if (asked.isEmpty()) {
            return Reply.of("I haven't asked you about an event called '" + command.title() + "'.");
        }
        String person = command.person().name().display();
        d.imports().answered(talk.rep(), asked.get().uid(), CalendarAnswer.with(person, command.person().company()),
                talk.instant());
        return Reply.of("Got it: '" + asked.get().title() + "' is with " + person
                + command.person().company().map(c -> " (" + c + ")").orElse("") + ". I'll bring the ask at its end, "
                + "and remember it for the rest of the series.");
    }

    private Reply skip(CalendarDesk d, Conversation talk) {
        Optional<CalendarEvent> last = waiting(d, talk).stream().filter(e -> e.askedAt().isPresent())
                .max(Comparator.comparing(e -> e.askedAt().orElseThrow()));
        if (last.isEmpty()) {
            return Reply.of("There's no calendar event I asked you about to skip.");
        }
        d.imports().answered(talk.rep(), last.get().uid(), CalendarAnswer.skip(), talk.instant());
        return Reply.of("OK: '" + last.get().title() + "' isn't a customer meeting; I won't ask about it again.");
    }

    /** The rep's events waiting for an answer, the ones asked about first, the most recently asked first. */
    static List<CalendarEvent> waiting(CalendarDesk d, Conversation talk) {
        return d.book().events(talk.workspace(), talk.rep().id()).stream()
                .filter(e -> e.kind() == CalendarEvent.Kind.ASK_THE_REP)
                .sorted(Comparator.comparing((CalendarEvent e) -> e.askedAt().orElse(Instant.MIN)).reversed())
                .toList();
    }
}
