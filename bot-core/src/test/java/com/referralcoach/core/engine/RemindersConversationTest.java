package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rep's own reminders: snoozed or cancelled by their number in the "reminders" list or by their code. */
@ExtendWith(EmbeddedMongo.class)
class RemindersConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase db) {
        rita = Chat.of(new BotEngine(MongoCoachStore.open(db, clock), new ChatParser(), clock, BERLIN), "T1", "U1");
        rita.say("meeting with Jane Doe (Acme) ends 11am");
        rita.say("meeting with Tom Lee (Globex) ends 2pm");
    }

    @Test
    void aReminderIsSnoozedByItsNumberInTheList() {
        assertThat(rita.read("reminders")).contains("1. ").contains("2. ");

        assertThat(rita.read("snooze 2 for 5h")).contains("Snoozed").contains("Tom Lee").doesNotContain("Jane Doe")
                .contains("comes back today 3:00 PM");
        assertThat(rita.read("snooze #1 for a day")).contains("Snoozed").contains("Jane Doe")
                .contains("comes back tomorrow 10:00 AM");
    }

    @Test
    void aNumberNotInTheListIsSaidSo() {
        assertThat(rita.read("snooze reminder 7 2h")).contains("I have no reminder 7 for you")
                .contains("\"reminders\"");
    }

    @Test
    void aReminderIsSnoozedByItsCodeAsBefore() {
        String list = rita.read("reminders");
        String code = list.substring(list.indexOf('#', list.indexOf("2. ")) + 1).substring(0, 6);

        assertThat(rita.read("snooze #" + code + " 1 day")).contains("Snoozed").contains("Tom Lee")
                .contains("(#" + code + ")");
    }
}
