package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A calendar meeting with several customers, through the engine, the calendar read and the real reminder path
 * (Quartz dispatching every 10 ms on a test clock): at its end the rep gets one message with one ask per customer,
 * each with its own quick actions, and every ask rule still holds per customer. Tuesday 3 March 2026, UTC.
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarAsksTogetherTest {
    private static final Instant T0 = CalendarImportTest.T0;
    private static final RepId RITA = CalendarImportTest.RITA;

    private TestClock clock;
    private CoachStore store;
    private CalendarBook book;
    private CalendarIcs ics;
    private RecordingPlatform platform;
    private BotEngine engine;
    private ReminderDispatcher dispatcher;
    private ReminderScheduler scheduler;

    @BeforeEach
    void open(MongoDatabase database) {
        clock = new TestClock(T0);
        store = MongoCoachStore.open(database, clock);
        book = MongoCoachStore.openCalendarBook(database);
        ics = new CalendarIcs();
        platform = new RecordingPlatform(clock);
        engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC);
        store.reps().save(new Rep(CalendarImportTest.WS, RITA, "Rita Rep", ZoneOffset.UTC, Optional.empty(), T0));
        book.connect(CalendarImportTest.WS, RITA, CalendarImportTest.LINK, T0);
        dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store,
                new ReminderPlanner(store.reminders()), ZoneOffset.UTC), platform, clock, DispatchSettings.defaults());
        scheduler = ReminderScheduler.start(dispatcher, Duration.ofMillis(10));
    }

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void aMeetingWithSeveralCustomersBringsOneMessageWithAnAskForEach() {
        ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>", "bob@acme.com");
        ics.event("q3@google.com", "Q3 review", at(15, 0), at(15, 30), "Cy Reyes <cy@orbit.io>");
        read();

        at(at(14, 0));

        assertThat(platform.sentTo(RITA.value())).hasSize(1);
        Reply message = platform.sentTo(RITA.value()).get(0).message();
        assertThat(message.text()).startsWith("Your meeting about Kickoff with Ann Lo (Vela) and Bo Park (Park) has"
                + " ended: one ask for each.\n\nAnn Lo (Vela): Ann is new to you")
                .contains("Ask Ann anyway if it feels right: \"Who else do you know who is wrestling with something"
                        + " like your Kickoff?")
                .contains("\n\nBo Park (Park): Bo is new to you").contains("Ask Bo anyway");
        assertThat(message.actions()).extracting(SuggestedAction::label, SuggestedAction::message)
                .contains(org.assertj.core.groups.Tuple.tuple("Asked (Ann)", "asked Ann Lo"),
                        org.assertj.core.groups.Tuple.tuple("Not now (Ann)", "not now Ann Lo"),
                        org.assertj.core.groups.Tuple.tuple("Asked (Bo)", "asked Bo Park"),
                        org.assertj.core.groups.Tuple.tuple("Not now (Bo)", "not now Bo Park"));
        assertThat(message.actions()).filteredOn(a -> a.label().startsWith("Snooze 1 day")).hasSize(2);
        assertThat(asksOf("Kickoff")).allSatisfy(status -> assertThat(status).isEqualTo(ReminderStatus.SENT));

        at(at(15, 30));

        assertThat(platform.sentTo(RITA.value())).hasSize(2);
        assertThat(platform.sentTo(RITA.value()).get(1).text())
                .startsWith("Your meeting with Cy Reyes (Orbit) about Q3 review has ended.");
    }

    @Test
    void theAskRulesHoldForEachCustomerInTheMessage() {
        say("Bo Park said no");
        clock.advance(Duration.ofMinutes(1));
        ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>", "Cy Reyes <cy@orbit.io>");
        read();
        clock.set(at(13, 30));
        say("asked Cy Reyes");

        at(at(14, 0));

        assertThat(platform.sentTo(RITA.value())).hasSize(1);
        Reply message = platform.sentTo(RITA.value()).get(0).message();
        assertThat(message.text()).startsWith("Your meeting about Kickoff with Ann Lo (Vela) and Bo Park (Park) has"
                + " ended").contains("Ann Lo (Vela): Ann is new to you")
                .contains("Bo Park (Park): No ask for Bo Park this time: they said no").doesNotContain("Cy");
        assertThat(message.actions()).extracting(SuggestedAction::label)
                .containsExactly("Asked (Ann)", "Got a referral (Ann)", "Not now (Ann)", "Snooze 1 day (Ann)");
        assertThat(asksOf("Kickoff")).containsExactlyInAnyOrder(ReminderStatus.SENT, ReminderStatus.SENT,
                ReminderStatus.SKIPPED);
    }

    @Test
    void twoTypedCallsThatEndTogetherAreTwoMeetingsWithAMessageEach() {
        clock.set(at(13, 50));
        say("call with Ann Lo ends in 10 min");
        say("call with Bo Park ends in 10 min");

        at(at(14, 0));

        assertThat(platform.sentTo(RITA.value())).extracting(sent -> sent.text().lines().findFirst().orElseThrow())
                .containsExactlyInAnyOrder("Your meeting with Ann Lo has ended.", "Your meeting with Bo Park has ended.");
    }

    private void read() {
        CalendarReads.over(store, book, ics, platform, clock).readDue("test", Duration.ofMinutes(5),
                CalendarImportTest.EVERY);
    }

    private void say(String text) {
        engine.handle(new IncomingMessage(CalendarImportTest.WS, RITA, "Rita Rep", text));
    }

    private List<ReminderStatus> asksOf(String topic) {
        return store.meetings().ofRep(CalendarImportTest.WS, RITA).stream()
                .filter(m -> m.topic().equals(Optional.of(topic))).map(Meeting::id)
                .map(id -> store.reminders().find(CalendarImportTest.WS,
                        ReminderId.of(CalendarImportTest.WS + "/ask:" + id)).orElseThrow().status()).toList();
    }

    /** Sets the clock and returns once the dispatcher has run a whole pass at that time. */
    private void at(Instant when) {
        clock.set(when);
        long seen = dispatcher.completedPasses();
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> dispatcher.completedPasses() >= seen + 2);
    }

    private static Instant at(int hour, int minute) {
        return T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }
}
