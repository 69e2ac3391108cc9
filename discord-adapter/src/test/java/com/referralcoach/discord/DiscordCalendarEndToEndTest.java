package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discord against the fake, with the real reminder and calendar schedulers on a test clock: a member DMs their
 * feed's link, the bot answers without echoing it, and the feed's meeting with two customers, ending a minute later,
 * brings one DM with an ask for each and each one's buttons; a click on one customer's button takes only that
 * customer's buttons away.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class DiscordCalendarEndToEndTest {
    /** Monday 23 November 2026, 10:00 UTC (11:00 in Berlin, the rig's zone). */
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final String SECRET = "private-5e3c7a9b";
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:rep@acme.com"
            + "\r\nBEGIN:VEVENT\r\nUID:q3@google.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261123T100000Z\r\n"
            + "DTEND:20261123T100100Z\r\nSUMMARY:Q3 review\r\nORGANIZER:mailto:rep@acme.com\r\n"
            + "ATTENDEE;CN=Ann Lo;PARTSTAT=ACCEPTED:mailto:ann.lo@vela.io\r\n"
            + "ATTENDEE;CN=Bo Park;PARTSTAT=ACCEPTED:mailto:bo@park.io\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void aFeedMeetingWithTwoCustomersEndingInAMinuteBringsOneDmWithAnAskForEach(MongoDatabase db) throws Exception {
        HttpServer feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/", exchange -> {
            byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        feed.start();
        TestClock clock = new TestClock(START.plusSeconds(5));
        CoachStore store = MongoCoachStore.open(db, clock);
        CalendarBook calendars = MongoCoachStore.openCalendarBook(db);
        HttpCalendarFeedReader reader = new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(
                Map.of(FeedReadLimits.ALLOW_LOCAL, "true")));
        FileRoutes files = FileRoutes.none();
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, DiscordRig.ZONE, DigestRequests.NONE, files,
                files, files, calendars, reader);
        FakeDiscord discord = FakeDiscord.start("Acme Sales");
        DiscordBot bot = DiscordBot.start(discord.settings(), engine, MongoCoachStore.openInbox(db),
                MongoCoachStore.openMemberHomes(db), MongoCoachStore.openActionTexts(db), Clock.systemUTC());
        ReminderDispatcher dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store,
                new ReminderPlanner(store.reminders()), DiscordRig.ZONE), bot, clock, DispatchSettings.defaults());
        try (ReminderScheduler reminders = ReminderScheduler.start(dispatcher, Duration.ofMillis(20));
             CalendarScheduler reads = CalendarScheduler.start(CalendarReads.over(store, calendars, reader, bot,
                     clock), Duration.ofMinutes(10), Duration.ofMillis(50))) {
            String rita = discord.user("rita");
            String dm = discord.dmChannelOf(rita);
            discord.directMessage(rita, "calendar http://127.0.0.1:" + feed.getAddress().getPort()
                    + "/calendar/ical/rep/" + SECRET + "/basic.ics");

            String connected = textOf(awaitMessages(discord, dm, 1).get(0));
            assertThat(connected).contains("Connected: 1 customer meeting in the next 2 weeks").doesNotContain(SECRET);

            clock.set(START.plus(Duration.ofMinutes(1)));
            DataObject ask = awaitMessages(discord, dm, 2).get(1);
            assertThat(textOf(ask)).contains("Your meeting about Q3 review with Ann Lo (Vela) and Bo Park (Park) has"
                    + " ended: one ask for each.").contains("Ann Lo (Vela): ").contains("Bo Park (Park): ");
            assertThat(labels(ask)).contains("Asked (Ann)", "Not now (Ann)", "Asked (Bo)", "Not now (Bo)");
            assertThat(discord.messagesIn(dm)).hasSize(2).noneMatch(m -> textOf(m).contains(SECRET));

            DataObject afterAnn = clicked(discord, ask, rita, "Asked (Ann)");
            assertThat(labels(afterAnn)).contains("Asked (Bo)", "Not now (Bo)", "Snooze 1 day (Bo)")
                    .noneMatch(label -> label.contains("(Ann)"));
            assertThat(textOf(afterAnn)).contains("one ask for each").contains("\u2713 Asked (Ann)");

            DataObject shown = discord.botMessage(dm, afterAnn).put("id", ask.getString("id"));
            DataObject afterBo = clicked(discord, shown, rita, "Not now (Bo)");
            assertThat(labels(afterBo)).noneMatch(label -> label.contains("(Bo)") || label.contains("(Ann)"));
            assertThat(textOf(afterBo)).contains("one ask for each").contains("\u2713 Asked (Ann)")
                    .contains("\u2713 Not now (Bo)");
        } finally {
            bot.close();
            discord.close();
            feed.stop(0);
        }
    }

    /** Clicks the button labelled {@code label} on {@code message} and returns the message as the click left it. */
    private static DataObject clicked(FakeDiscord discord, DataObject message, String user, String label) {
        String id = discord.click(null, user, message, buttonIds(message).get(labels(message).indexOf(label)));
        String edit = "webhooks/" + FakeDiscord.APPLICATION_ID + "/itoken-" + id + "/messages/@original";
        return DataObject.fromJson(await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                .filter(r -> r.is("PATCH", edit)).findFirst(), java.util.Optional::isPresent).get().body());
    }

    private static List<String> buttonIds(DataObject message) {
        return DiscordRig.buttonIds(message);
    }

    private static List<DataObject> awaitMessages(FakeDiscord discord, String channel, int count) {
        return await().atMost(DiscordRig.WAIT).until(() -> discord.messagesIn(channel),
                messages -> messages.size() >= count);
    }

    /** The labels of a message's buttons. */
    private static List<String> labels(DataObject message) {
        List<String> labels = new ArrayList<>();
        DataArray rows = message.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray buttons = rows.getObject(r).getArray("components");
            for (int b = 0; b < buttons.length(); b++) {
                labels.add(buttons.getObject(b).getString("label", ""));
            }
        }
        return labels;
    }
}
