package com.referralcoach.store.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.ReadAhead;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The read-ahead on the store the bot ships: what it answers is what the store holds as the message starts, every
 * write of the message is seen by its later reads, and nothing of it leaks to another thread, message or workspace.
 */
class ShippedReadAheadTest {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private static final WorkspaceId ACME = new WorkspaceId("T-ACME");
    private static final WorkspaceId GLOBEX = new WorkspaceId("T-GLOBEX");
    private static final RepId ANA = new RepId("U-ANA");
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String JANE = PersonName.keyOf("Jane Doe");

    private MongoDatabase database;
    private CoachStore store;
    private Contact jane;

    @BeforeEach
    void open(MongoDatabase fresh) {
        database = fresh;
        store = MongoCoachStore.open(fresh, Clock.fixed(T0, ZoneOffset.UTC));
        store.reps().save(new Rep(ACME, ANA, "Ana", ZoneId.of("UTC"), Optional.empty(), T0));
        jane = new Contact(ACME, ContactId.firstOfName(ACME, JANE), new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.empty(), Optional.empty(), T0);
        store.contacts().save(jane);
        store.meetings().save(meeting(T0.minusSeconds(7_200)));
        store.asks().save(new Ask(ACME, AskId.random(), ANA, jane.id(), AskOutcome.THINKING, Optional.empty(),
                T0.minusSeconds(3_600)));
        store.relationships().save(RelationshipEvent.of(rep(), jane.id(), RelationshipEventKind.PROBLEM_OPENED,
                Optional.of("late delivery"), T0.minusSeconds(1_800)));
        store.reminders().schedule(checkIn("checkin:" + jane.id() + ":2026-06-01"));
    }

    @Test
    void answersEveryReadOfTheMessageAsTheStoreWould() {
        Snapshot direct = snapshot();
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(JANE))) {
            assertThat(snapshot()).isEqualTo(direct);
        }
        assertThat(direct.meetings()).hasSize(1);
        assertThat(direct.asks()).hasSize(1);
        assertThat(direct.events()).hasSize(1);
        assertThat(direct.checkIn()).isPresent();
    }

    @Test
    void answersFromOneReadMadeWhenTheMessageStarts() {
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(JANE))) {
            // another process logs a meeting meanwhile, straight into the collection
            database.getCollection("meetings").insertOne(new Document("_id", "other").append("ws", ACME.value())
                    .append("rep", ANA.value()).append("contact", jane.id().value()));
            assertThat(store.meetings().latestWithContact(ACME, ANA, jane.id(), MeetingLog.RECENT)).hasSize(1);
        }
        // the next message sees it
        assertThat(database.getCollection("meetings").countDocuments(new Document("_id", "other"))).isEqualTo(1);
    }

    @Test
    void aMessageReadsItsOwnWrites() {
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(JANE))) {
            store.meetings().latestWithContact(ACME, ANA, jane.id(), MeetingLog.RECENT);
            Meeting second = meeting(T0.minusSeconds(60));
            store.meetings().save(second);
            assertThat(store.meetings().latestWithContact(ACME, ANA, jane.id(), MeetingLog.RECENT)).first()
                    .isEqualTo(second);

            Reminder moved = checkIn("checkin:" + jane.id() + ":2026-06-02");
            store.reminders().schedule(moved);
            assertThat(store.reminders().find(ACME, moved.id())).contains(moved);

            Rep renamed = new Rep(ACME, ANA, "Ana Lima", ZoneId.of("UTC"), Optional.empty(), T0);
            store.reps().save(renamed);
            assertThat(store.reps().find(ACME, ANA)).contains(renamed);
        }
    }

    @Test
    void keepsNothingForAnotherThreadOrAfterTheMessage() throws Exception {
        Contact second;
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(JANE))) {
            second = new Contact(ACME, ContactId.random(), new PersonName("Jane Doe"), Optional.of("Initech"),
                    Optional.empty(), Optional.empty(), T0);
            // written on another thread: this thread's answers are its own
            CompletableFuture.runAsync(() -> {
                store.contacts().save(second);
                assertThat(store.contacts().findByNameKey(ACME, JANE)).hasSize(2);
            }).get();
            assertThat(store.contacts().findByNameKey(ACME, JANE)).containsExactly(jane);
        }
        assertThat(store.contacts().findByNameKey(ACME, JANE)).containsExactlyInAnyOrder(jane, second);
    }

    @Test
    void readsNothingAheadForAnotherWorkspace() {
        store.reps().save(new Rep(GLOBEX, ANA, "Ana at Globex", ZoneId.of("UTC"), Optional.empty(), T0));
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(JANE))) {
            assertThat(store.reps().find(GLOBEX, ANA).orElseThrow().displayName()).isEqualTo("Ana at Globex");
            assertThat(store.contacts().findByNameKey(GLOBEX, JANE)).isEmpty();
            assertThat(store.meetings().latestWithContact(GLOBEX, ANA, jane.id(), MeetingLog.RECENT)).isEmpty();
        }
    }

    @Test
    void anotherPersonOfTheNameIsReadFromTheStore() {
        Contact other = new Contact(ACME, ContactId.random(), new PersonName("John Roe"), Optional.empty(),
                Optional.empty(), Optional.empty(), T0);
        store.contacts().save(other);
        Meeting withJohn = new Meeting(ACME, MeetingId.random(), ANA, other.id(), Optional.empty(), Optional.empty(),
                T0.minusSeconds(600), T0.minusSeconds(600));
        store.meetings().save(withJohn);
        try (ReadAhead.Scope ignored = store.ahead().open(ACME, ANA, Set.of(PersonName.keyOf("John Roe")))) {
            assertThat(store.contacts().findByNameKey(ACME, PersonName.keyOf("John Roe"))).containsExactly(other);
            assertThat(store.meetings().latestWithContact(ACME, ANA, other.id(), MeetingLog.RECENT))
                    .containsExactly(withJohn);
        }
    }

    private Snapshot snapshot() {
        return new Snapshot(store.reps().find(ACME, ANA), store.contacts().findByNameKey(ACME, JANE),
                store.meetings().latestWithContact(ACME, ANA, jane.id(), MeetingLog.RECENT),
                store.asks().latestOfContact(ACME, ANA, jane.id(), AskLog.RECENT),
                store.relationships().ofContact(ACME, ANA, jane.id()),
                store.reminders().find(ACME, ReminderId.of(ACME + "/" + ANA.value() + "/checkin:" + jane.id()
                        + ":2026-06-01")));
    }

    private record Snapshot(Optional<Rep> rep, List<Contact> contacts, List<Meeting> meetings, List<Ask> asks,
                            List<RelationshipEvent> events, Optional<Reminder> checkIn) {
    }

    private Meeting meeting(Instant ends) {
        return new Meeting(ACME, MeetingId.random(), ANA, jane.id(), Optional.of("rollout"), Optional.empty(), ends,
                ends);
    }

    private Reminder checkIn(String seed) {
        return Reminder.pending(ACME, ReminderId.of(ACME + "/" + ANA.value() + "/" + seed), ANA,
                ReminderKind.CHECK_IN, Optional.of(jane.id()), Optional.empty(), Optional.empty(),
                Instant.parse("2026-06-01T09:00:00Z"), T0);
    }

    private static Rep rep() {
        return new Rep(ACME, ANA, "Ana", ZoneId.of("UTC"), Optional.empty(), T0);
    }
}
