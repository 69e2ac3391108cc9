package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rep answers the ask prompt in a word ("asked", "got one: ...", "she said no"), as they would answer a colleague:
 * the answer is about the person the prompt named, for half a day after it; before any prompt it means nothing.
 * The prompt comes from the real dispatcher under Quartz, on a test clock (Tuesday 3 March 2026, UTC).
 */
@ExtendWith(EmbeddedMongo.class)
class AskPromptAnswerTest {
    private static final WorkspaceId WS = new WorkspaceId("T1");
    private static final Instant TUESDAY_10 = Instant.parse("2026-03-03T10:00:00Z");
    private final TestClock clock = new TestClock(TUESDAY_10);
    private final RecordingPlatform platform = new RecordingPlatform(clock);
    private BotEngine engine;
    private ReminderDispatcher dispatcher;
    private ReminderScheduler scheduler;

    @BeforeEach
    void start(MongoDatabase db) {
        CoachStore store = MongoCoachStore.open(db, clock);
        engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC);
        dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store,
                new ReminderPlanner(store.reminders()), ZoneOffset.UTC), platform, clock, DispatchSettings.defaults());
        scheduler = ReminderScheduler.start(dispatcher, Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        scheduler.close();
    }

    private String rita(String text) {
        return Chat.of(engine, WS.value(), "U1").read(text);
    }

    /** Rita's meeting with Nora Bay ends at 10:30 and its ask prompt is delivered. */
    private void promptedAboutNora() {
        rita("met Nora Bay at Vela about the rollout, ends 10:30am");
        clock.set(Instant.parse("2026-03-03T10:31:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> platform.sentTo("U1").stream()
                .anyMatch(sent -> sent.text().contains("Nora Bay")));
    }

    @Test
    void aWordAfterThePromptIsAnAnswerAboutItsPerson() {
        promptedAboutNora();

        assertThat(rita("asked 👍")).contains("Nora");
        assertThat(rita("contact Nora Bay")).contains("asked").doesNotContain("not asked yet");
        assertThat(rita("got one: Leo Grant at Hexa")).contains("Leo Grant (Hexa)").contains("Nora Bay");
        assertThat(rita("pipeline")).contains("Leo Grant");
    }

    @Test
    void onceThePromptIsSettledAWordIsAboutSomethingElse() {
        promptedAboutNora();
        rita("she said no");

        assertThat(rita("got one: Leo Grant at Hexa")).doesNotContain("Nora");
        assertThat(rita("pipeline")).doesNotContain("Leo Grant");
    }

    @Test
    void aNoAndANotNowAreAnswersToo() {
        promptedAboutNora();

        assertThat(rita("she said no - not comfortable sharing clients")).contains("Nora");
        assertThat(rita("contact Nora Bay")).contains("declined");
    }

    @Test
    void withoutARecentPromptAWordIsNotTakenForAnAnswer() {
        rita("met Nora Bay at Vela about the rollout");
        assertThat(rita("asked")).doesNotContain("Nora");

        promptedAboutNora();
        clock.set(Instant.parse("2026-03-03T23:00:00Z"));
        assertThat(rita("asked")).doesNotContain("Nora");
    }
}
