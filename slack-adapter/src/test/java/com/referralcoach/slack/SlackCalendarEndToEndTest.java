package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.http.FeedReadLimits;
import com.referralcoach.core.calendar.http.HttpCalendarFeedReader;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.CalendarReads;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.CalendarScheduler;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Slack in Socket Mode against the fake Web API, with the real reminder and calendar schedulers on a test clock:
 * a rep DMs their feed's link (Slack wraps it in {@code <…|…>}), the bot answers without it, and the feed's
 * customer meeting ending a minute later brings the ask in the DM; with two customers, one DM with an ask each, where
 * a click on one customer's button takes only that customer's buttons away.
 */
@ExtendWith(EmbeddedMongo.class)
class SlackCalendarEndToEndTest {
    /** Monday 23 November 2026, 10:00 UTC. */
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final String SECRET = "private-5e3c7a9b";
    private static final String ANN = "ATTENDEE;CN=Ann Lo;PARTSTAT=ACCEPTED:mailto:ann.lo@vela.io\r\n";
    private static final String BO = "ATTENDEE;CN=Bo Park;PARTSTAT=ACCEPTED:mailto:bo@park.io\r\n";

    private static String ics(String attendees) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:rep@acme.com"
                + "\r\nBEGIN:VEVENT\r\nUID:q3@google.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261123T100000Z\r\n"
                + "DTEND:20261123T100100Z\r\nSUMMARY:Q3 review\r\nORGANIZER:mailto:rep@acme.com\r\n" + attendees
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** What a test does with the bot running, the rep's feed served and connected. */
    @FunctionalInterface
    private interface Run {
        void with(FakeSlackApi api, FakeSocketMode socket, TestClock clock) throws Exception;
    }

    @Test
    void aFeedMeetingEndingInAMinuteBringsItsAskInTheDm(MongoDatabase db) throws Exception {
        running(db, ics(ANN), (api, socket, clock) -> {
            clock.set(START.plus(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("chat.postMessage").stream()
                    .anyMatch(c -> c.decoded().contains("Your meeting with Ann Lo (Vela) about Q3 review has ended")));
            assertThat(api.calls("chat.postMessage")).noneMatch(c -> c.decoded().contains(SECRET));
        });
    }

    @Test
    void aClickOnOneCustomersButtonLeavesTheOthersButtons(MongoDatabase db) throws Exception {
        running(db, ics(ANN + BO), (api, socket, clock) -> {
            clock.set(START.plus(Duration.ofMinutes(1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("chat.postMessage").stream()
                    .anyMatch(c -> c.decoded().contains("has ended: one ask for each")));
            String asks = api.calls("chat.postMessage").stream().filter(c -> c.decoded()
                    .contains("has ended: one ask for each")).findFirst().orElseThrow().param("blocks");
            String ts = "1700000000.000042";

            socket.send("env-2", "interactive", SlackPayloads.click(TEAM, "U1", "DU1", ts, asks,
                    SocketModeEndToEndTest.buttonFor(asks, "asked Ann Lo")), 0);
            await().atMost(Duration.ofSeconds(20)).until(() -> !api.calls("chat.update").isEmpty());
            String afterAnn = api.calls("chat.update").get(0).param("blocks");

            assertThat(buttons(afterAnn)).containsExactly("Asked (Bo)", "Got a referral (Bo) …", "Not now (Bo)",
                    "Snooze 1 day (Bo)", "Got a referral …");
            assertThat(api.calls("chat.update").get(0).decoded()).contains("✓ Asked (Ann)");

            socket.send("env-3", "interactive", SlackPayloads.click(TEAM, "U1", "DU1", ts, afterAnn,
                    SocketModeEndToEndTest.buttonFor(afterAnn, "not now Bo Park")), 0);
            await().atMost(Duration.ofSeconds(20)).until(() -> api.calls("chat.update").size() == 2);
            FakeSlackApi.Call afterBo = api.calls("chat.update").get(1);

            assertThat(buttons(afterBo.param("blocks"))).containsExactly("Got a referral …");
            assertThat(afterBo.decoded()).contains("✓ Asked (Ann)").contains("✓ Not now (Bo)");
        });
    }

    /** The labels of the buttons in a message's blocks, in order. */
    private static java.util.List<String> buttons(String blocksJson) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (var block : com.google.gson.JsonParser.parseString(blocksJson).getAsJsonArray()) {
            if ("actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                for (var element : block.getAsJsonObject().getAsJsonArray("elements")) {
                    labels.add(element.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
                }
            }
        }
        return labels;
    }

    private void running(MongoDatabase db, String ics, Run run) throws Exception {
        HttpServer feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/", exchange -> {
            byte[] body = ics.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feed.start();
        TestClock clock = new TestClock(START.plusSeconds(5));
        ZoneId utc = ZoneId.of("UTC");
        CoachStore store = MongoCoachStore.open(db, clock);
        CalendarBook calendars = MongoCoachStore.openCalendarBook(db);
        HttpCalendarFeedReader reader = new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(
                Map.of(FeedReadLimits.ALLOW_LOCAL, "true")));
        FileRoutes files = FileRoutes.none();
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, utc, DigestRequests.NONE, files, files, files,
                calendars, reader);
        FakeSlackApi api = new FakeSlackApi();
        FakeSocketMode socket = new FakeSocketMode();
        socket.start();
        api.socketModeAt(socket.url());
        SlackBot bot = SlackBot.start(new SlackSettings(SlackRig.BOT_TOKEN, Optional.of(SlackRig.APP_TOKEN),
                Optional.empty(), OptionalInt.empty(), URI.create(api.apiUrl())), engine,
                MongoCoachStore.openInbox(db), MongoCoachStore.openInstallations(db), Clock.systemUTC(), files,
                new SlackBot.Tuning(Duration.ofMillis(20), 4, 4, 5, SlackBot.Tuning.defaults().ackFirst()));
        socket.awaitConnected();
        ReminderDispatcher dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store,
                new ReminderPlanner(store.reminders()), utc), bot, clock, DispatchSettings.defaults());
        try (ReminderScheduler reminders = ReminderScheduler.start(dispatcher, Duration.ofMillis(20));
             CalendarScheduler reads = CalendarScheduler.start(CalendarReads.over(store, calendars, reader, bot,
                     clock), Duration.ofMinutes(10), Duration.ofMillis(50))) {
            api.userZone("U1", "UTC");
            String link = "http://127.0.0.1:" + feed.getAddress().getPort() + "/calendar/ical/rep/" + SECRET
                    + "/basic.ics";
            socket.send("env-1", "events_api", SlackPayloads.directMessage(TEAM, "U1",
                    "calendar <" + link + "|" + link.substring("http://".length(), 40) + "…>", "Ev1"), 0);

            await().atMost(Duration.ofSeconds(20)).until(() -> !api.calls("chat.postMessage").isEmpty());
            String connected = api.calls("chat.postMessage").get(0).decoded();
            assertThat(connected).contains("Connected: 1 customer meeting in the next 2 weeks").doesNotContain(SECRET);
            assertThat(api.calls("chat.postMessage").get(0).param("channel")).isEqualTo("DU1");
            run.with(api, socket, clock);
        } finally {
            bot.close();
            socket.stop(500);
            api.close();
            feed.stop(0);
        }
    }
}
