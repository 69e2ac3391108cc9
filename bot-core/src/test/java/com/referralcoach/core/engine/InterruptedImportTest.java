package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An import a stopped process left running is taken back at the next start, and its rep is told once. */
@ExtendWith(EmbeddedMongo.class)
class InterruptedImportTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Saturday 28 November 2026, 23:10 in Berlin: outside working hours, and the notice still goes at once.
    private static final Instant START = ZonedDateTime.of(2026, 11, 28, 23, 10, 0, 0, BERLIN).toInstant();
    private static final WorkspaceId T1 = new WorkspaceId("T1");
    private final TestClock clock = new TestClock(START);
    private CoachStore store;
    private Chat rita;
    private Rep rep;

    @BeforeEach
    void setUp(MongoDatabase database) {
        store = MongoCoachStore.open(database, clock);
        rita = Chat.of(new BotEngine(store, new ChatParser(), clock, BERLIN), "T1", "U1");
        rita.say("met Jane Doe at Acme about pricing");
        rep = store.reps().find(T1, new RepId("U1")).orElseThrow();
    }

    @Test
    void aStartTakesBackTheStoppedImportAndTellsTheRepOnceAndASecondStartSaysNothing() {
        List<Contact> written = stoppedImport("Connections.csv", START.minusSeconds(30));
        assertThat(rita.read("contact Bo Park")).contains("Bo Park");

        assertThat(new ImportRecovery(store, clock).takeBackInterrupted(Duration.ZERO)).isEqualTo(1);

        written.forEach(c -> assertThat(store.contacts().find(T1, c.id())).isEmpty());
        assertThat(rita.read("contact Jane Doe")).contains("pricing");
        assertThat(store.imports().unfinished(T1)).isEmpty();
        RecordingPlatform platform = new RecordingPlatform(clock);
        assertThat(dispatcher(platform).dispatchDue()).isEqualTo(1);
        assertThat(platform.sentTo("U1")).singleElement().satisfies(sent -> assertThat(sent.text()).isEqualTo(
                "Your import of Connections.csv was interrupted by a restart; nothing from it was kept. Send the file"
                        + " again to import it."));

        clock.advance(Duration.ofMinutes(5));
        assertThat(new ImportRecovery(store, clock).takeBackInterrupted(Duration.ZERO)).isZero();
        RecordingPlatform afterSecondStart = new RecordingPlatform(clock);
        assertThat(dispatcher(afterSecondStart).dispatchDue()).isZero();
        assertThat(afterSecondStart.sent()).isEmpty();
        assertThat(rita.read("undo import")).doesNotContain("Connections.csv was undone");
    }

    @Test
    void onASharedDatabaseAnImportStartedWithinTheGraceIsLeftToTheProcessRunningIt() {
        List<Contact> written = stoppedImport("Live.csv", START.minus(Duration.ofMinutes(10)));

        assertThat(new ImportRecovery(store, clock).takeBackInterrupted(ImportRecovery.SHARED_STORE_GRACE)).isZero();
        written.forEach(c -> assertThat(store.contacts().find(T1, c.id())).isPresent());
        RecordingPlatform platform = new RecordingPlatform(clock);
        assertThat(dispatcher(platform).dispatchDue()).isZero();

        clock.advance(ImportRecovery.SHARED_STORE_GRACE);
        assertThat(new ImportRecovery(store, clock).takeBackInterrupted(ImportRecovery.SHARED_STORE_GRACE))
                .isEqualTo(1);
        written.forEach(c -> assertThat(store.contacts().find(T1, c.id())).isEmpty());
    }

    /** The state a process killed during batch 2 leaves: started, batches 0 and 1 written, never completed. */
    private List<Contact> stoppedImport(String file, Instant started) {
        ImportId id = ImportId.random();
        store.imports().begin(ContactImport.started(rep, id, file, started));
        Contact bo = person("Bo Park", "bo@kite.io", started);
        Contact ann = person("Ann Lo", "ann@kite.io", started);
        Contact kim = person("Kim Lee", "kim@kite.io", started);
        store.imports().write(new ImportBatch(T1, id, 0, List.of(bo, ann), List.of(), List.of(), List.of()));
        store.imports().write(new ImportBatch(T1, id, 1, List.of(kim), List.of(), List.of(), List.of()));
        return List.of(bo, ann, kim);
    }

    private static Contact person(String name, String email, Instant at) {
        return new Contact(T1, ContactId.random(), new PersonName(name), Optional.of("Kite"), Optional.of(email),
                Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    private ReminderDispatcher dispatcher(RecordingPlatform platform) {
        return new ReminderDispatcher(store.reminders(), ReminderComposer.over(store,
                new ReminderPlanner(store.reminders()), BERLIN), platform, clock, DispatchSettings.defaults());
    }
}
