package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.ImportLedger;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A rep imports files of contacts through the engine, on the store the bot runs on (in-memory backend here). */
@ExtendWith(EmbeddedMongo.class)
class ImportConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    private final List<String> progress = new ArrayList<>();
    @TempDir
    Path folder;
    private MongoDatabase db;
    private CoachStore store;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase database) throws IOException {
        db = database;
        store = MongoCoachStore.open(db, clock);
        rita = chat(store);
        for (String name : List.of("Connections.csv", "google-contacts.csv", "hubspot-contacts.csv",
                "salesforce-report.csv", "phone-21.vcf", "contacts-40.vcf", "deals.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/contactfiles/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
    }

    private Chat chat(CoachStore over) {
        BotEngine engine = new BotEngine(over, new ChatParser(), clock, BERLIN, DigestRequests.NONE,
                new FolderFiles(folder), (workspace, rep, text) -> progress.add(text));
        return Chat.of(engine, "T1", "U1");
    }

    private List<Contact> contacts() {
        List<Contact> all = new ArrayList<>();
        store.imports().eachContact(new WorkspaceId("T1"), all::add);
        return all;
    }

    @Test
    void aPreviewSaysWhatAnImportWouldDoAndYesImportsIt() {
        rita.say("met Ann Lo at Vela about the pilot");
        rita.say("Dev Shah's email is dev@quarry.example");
        rita.say("met Dev Shah at Quarry");
        clock.advance(Duration.ofMinutes(30));

        assertThat(rita.read("import Connections.csv")).isEqualTo("Found 5 people in Connections.csv: 2 new, 2 already"
                + " known (matched by email, then name), 1 row unreadable (line 8: no name). Import? Yes / No"
                + "\n[Yes] yes\n[No] no");
        assertThat(contacts()).extracting(c -> c.name().display()).containsExactlyInAnyOrder("Ann Lo", "Dev Shah");

        assertThat(rita.read("yes")).isEqualTo("Imported Connections.csv: 2 new contacts, details added to 2 people you"
                + " knew. Skipped 1 row: line 8: no name. Say \"undo import\" within a day to take it all back.");
        assertThat(contacts()).extracting(Contact::label).containsExactlyInAnyOrder("Ann Lo (Vela)",
                "Dev Shah (Quarry)", "Bo Park (Kite)", "José Núñez (Quarry & Sons)");
        String ann = rita.read("contact Ann Lo");
        assertThat(ann).contains("Title: VP Sales").contains("Meetings: 1");
        assertThat(rita.read("contact Bo Park")).contains("Email: bo.park@kite.io", "Title: Director, Partnerships");
        assertThat(progress).isEmpty();
    }

    @Test
    void aPersonTwiceInAFileBatchesApartIsCreatedOnceAndCompletedThenInPreviewAndImportAlike() throws IOException {
        rita.say("met Ann Lo at Vela about the pilot");
        rita.say("Ann Lo's email is ANN@vela.example");
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Company,Title\n");
        csv.append("Bo,Park,bo@kite.example,Kite,\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("Person,Number").append(i).append(",p").append(i).append("@example.com,Acme,\n");
        }
        csv.append("Bo,Park,BO@kite.example,Kite,CFO\n").append("Ann,Lo,ann@vela.example,,VP Sales\n");
        Files.writeString(folder.resolve("twice.csv"), csv);

        assertThat(rita.read("import twice.csv")).startsWith("Found 1,203 people in twice.csv: 1,201 new, 2 already"
                + " known");
        assertThat(rita.read("yes")).startsWith("Imported twice.csv: 1,201 new contacts, details added to 2 people"
                + " you knew");
        List<Contact> bos = contacts().stream().filter(c -> c.name().display().equals("Bo Park")).toList();
        assertThat(bos).singleElement().satisfies(bo -> assertThat(bo.title()).contains("CFO"));
        assertThat(contacts()).filteredOn(c -> c.name().display().equals("Ann Lo")).singleElement()
                .satisfies(ann -> assertThat(ann.title()).contains("VP Sales"));
    }

    @Test
    void anImportedPersonMergedWithOneTypedSurvivesUndoImportWithTheirHistory() {
        rita.say("import Connections.csv");
        rita.say("yes");
        clock.advance(Duration.ofMinutes(5));
        rita.say("met Bobby Park about the renewal");
        assertThat(rita.read("merge Bobby Park into Bo Park")).startsWith("Merge Bobby Park into Bo Park (Kite)?");
        assertThat(rita.read("yes")).startsWith("Merged Bobby Park into Bo Park (Kite).");
        clock.advance(Duration.ofMinutes(20));

        assertThat(rita.read("undo import")).startsWith("Undone: the import of Connections.csv");
        assertThat(contacts()).extracting(c -> c.name().display()).containsExactly("Bo Park");
        String bo = rita.read("contact Bo Park");
        assertThat(bo).contains("renewal").doesNotContain("bo.park@kite.io").doesNotContain("Director, Partnerships");
        assertThat(rita.read("contact Bobby Park")).doesNotContain("renewal");
    }

    @Test
    void noDropsThePreviewAndNothingIsStored() {
        rita.say("help");
        Map<String, List<Document>> before = StoreScan.of(db);
        assertThat(rita.read("import hubspot-contacts.csv")).startsWith("Found 3 people in hubspot-contacts.csv: 2 new,"
                + " 0 already known (matched by email, then name), 1 row unreadable (line 4: \"not-an-email\" is not an"
                + " email address)");
        assertThat(rita.read("no")).isEqualTo("OK, not saved: the import of hubspot-contacts.csv.");
        assertThat(StoreScan.of(db)).isEqualTo(before);
        assertThat(rita.read("yes")).doesNotContain("Imported");
    }

    @Test
    void knownPeopleGetOnlyWhatTheyLackedAndDatesPlanTheirReminders() {
        rita.say("referral from Jane Doe: Nina Ross nina@typed.example");
        clock.advance(Duration.ofMinutes(1));
        rita.say("import hubspot-contacts.csv");
        assertThat(rita.read("yes")).contains("1 birthday or customer-since date with their reminders planned");

        Contact nina = contacts().stream().filter(c -> c.name().display().equals("Nina Ross")).findFirst().orElseThrow();
        assertThat(nina.company()).contains("Acme");
        assertThat(nina.email()).contains("nina@typed.example");
        assertThat(nina.phone()).contains("+1 555 0111");
        assertThat(nina.title()).contains("COO");
        assertThat(rita.read("contact Nina Ross")).contains("customer since 1 Jun 2019");
        assertThat(rita.read("reminders")).contains("Nina Ross");
    }

    @Test
    void everyFormatImports() {
        for (String file : List.of("google-contacts.csv", "salesforce-report.csv", "phone-21.vcf", "contacts-40.vcf")) {
            assertThat(rita.read("import " + file)).as(file).startsWith("Found ");
            assertThat(rita.read("yes")).as(file).startsWith("Imported " + file);
        }
        assertThat(contacts()).extracting(c -> c.name().display()).contains("Rosa Diaz", "Eve Hall", "Quinn Adams",
                "Jürgen Müller", "Lena Berg", "Kai Nakamura").doesNotContain("Grand Totals (3 records)");
        assertThat(rita.read("contact Eve Hall")).startsWith("Eve Hall (=HYPERLINK(\"http://evil.example\",\"Click\"))");
        assertThat(rita.read("reminders")).contains("Rosa Diaz", "Lena Berg");
    }

    @Test
    void undoImportTakesItAllBackWithinADay() {
        rita.say("met Dev Shah at Quarry");
        clock.advance(Duration.ofMinutes(30));
        Map<String, List<Document>> before = StoreScan.of(db);
        rita.say("import google-contacts.csv");
        rita.say("yes");
        clock.advance(Duration.ofMinutes(5));

        assertThat(rita.read("undo")).isEqualTo("Your latest change was the import of google-contacts.csv. Say"
                + " \"undo import\" to take all of it back.");
        clock.advance(Duration.ofHours(20));
        assertThat(rita.read("undo import")).isEqualTo("Undone: the import of google-contacts.csv: 3 contacts removed,"
                + " 4 reminders cancelled.");
        assertThat(contacts()).extracting(c -> c.name().display()).containsExactly("Dev Shah");
        assertThat(rita.read("reminders")).doesNotContain("Rosa");
        assertThat(rita.read("undo import")).startsWith("There is no import to undo");
        Map<String, List<Document>> after = StoreScan.of(db);
        after.remove("contactImports");
        after.remove("contactImportBatches");
        for (String bookkeeping : List.of("reminders", "reminderSlots")) {
            after.remove(bookkeeping);
            before.remove(bookkeeping);
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anImportADayOldStays() {
        rita.say("import Connections.csv");
        rita.say("yes");
        clock.advance(Duration.ofHours(25));
        assertThat(rita.read("undo import")).isEqualTo(
                "There is no import to undo: I take an import back for a day after it.");
        assertThat(contacts()).hasSize(4);
    }

    @Test
    void aFileChangedAfterItsPreviewIsNotImported() throws IOException {
        rita.say("import Connections.csv");
        Files.writeString(folder.resolve("Connections.csv"), "Name\nSomeone Else\n");
        assertThat(rita.read("yes")).isEqualTo("Connections.csv changed since I previewed it, so I imported nothing."
                + " Say \"import Connections.csv\" again to see what it holds now.");
        assertThat(contacts()).isEmpty();
    }

    @Test
    void badFilesGetAClearAnswer() throws IOException {
        rita.say("help");
        assertThat(rita.read("import nowhere.csv")).isEqualTo("There is no file nowhere.csv.");
        assertThat(rita.read("import deals.csv")).startsWith("I couldn't find a name column in deals.csv. I saw the"
                + " columns: Account, Amount, Stage.");
        Files.write(folder.resolve("empty.csv"), new byte[0]);
        assertThat(rita.read("import empty.csv")).isEqualTo("empty.csv is empty.");
        assertThat(contacts()).isEmpty();
    }

    @Test
    void aFailurePartWayLeavesNothingAndLongImportsTellTheirProgress() throws IOException {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Birthday\n");
        for (int i = 0; i < 2_400; i++) {
            csv.append("Person,Number").append(i).append(",p").append(i).append("@example.com,1980-05-")
                    .append(10 + i % 15).append('\n');
        }
        Files.writeString(folder.resolve("big.csv"), csv);
        Chat failing = chat(failingAtBatch(3));
        failing.say("met Ann Lo at Vela");
        clock.advance(Duration.ofMinutes(30));
        Map<String, List<Document>> before = StoreScan.of(db);

        assertThat(failing.read("import big.csv")).startsWith("Found 2,400 people in big.csv: 2,400 new");
        assertThat(failing.read("yes")).isEqualTo("The import of big.csv failed part-way because of a problem on my"
                + " side, so I took out everything it had written: nothing was imported. Try again in a moment.");

        Map<String, List<Document>> after = StoreScan.of(db);
        assertThat(after.get("contacts")).isEqualTo(before.get("contacts"));
        assertThat(after.get("relationshipEvents")).isEqualTo(before.get("relationshipEvents"));
        assertThat(failing.read("reminders")).doesNotContain("Person");
        assertThat(store.imports().unfinished(new WorkspaceId("T1"))).isEmpty();

        progress.clear();
        assertThat(rita.read("import big.csv")).startsWith("Found 2,400 people");
        assertThat(rita.read("yes")).startsWith("Imported big.csv: 2,400 new contacts");
        assertThat(progress).hasSize(9).first().isEqualTo("Importing big.csv: 240 of 2,400 rows…");
        assertThat(progress).last().isEqualTo("Importing big.csv: 2,160 of 2,400 rows…");
        assertThat(contacts()).hasSize(2_401);
    }

    @Test
    void anImportAStoppedProcessLeftRunningIsTakenOutBeforeTheNextOne() {
        rita.say("import Connections.csv");
        ImportId stale = ImportId.random();
        com.referralcoach.core.domain.Rep rep = store.reps().find(new WorkspaceId("T1"), new RepId("U1")).orElseThrow();
        store.imports().begin(ContactImport.started(rep, stale, "old.csv", clock.instant()));
        Contact orphan = new Contact(new WorkspaceId("T1"), com.referralcoach.core.domain.ContactId.random(),
                new com.referralcoach.core.domain.PersonName("Half Written"), Optional.empty(), Optional.empty(),
                Optional.empty(), clock.instant());
        store.imports().write(new ImportBatch(new WorkspaceId("T1"), stale, 0, List.of(orphan), List.of(), List.of(),
                List.of()));
        clock.advance(Duration.ofHours(2));

        rita.say("import Connections.csv");
        assertThat(contacts()).isEmpty();
        assertThat(store.imports().find(new WorkspaceId("T1"), stale).orElseThrow().status())
                .isEqualTo(ContactImport.Status.REMOVED);
    }

    /** The real store, whose imports fail on the given batch, as a store that goes down mid-import. */
    private CoachStore failingAtBatch(int failing) {
        ContactImports real = store.imports();
        ContactImports imports = new ContactImports() {
            @Override
            public void eachContact(WorkspaceId workspace, Consumer<Contact> each) {
                real.eachContact(workspace, each);
            }

            @Override
            public void begin(ContactImport started) {
                real.begin(started);
            }

            @Override
            public void write(ImportBatch batch) {
                real.write(batch);
                if (batch.number() == failing) {
                    throw new ReferralCoachException("MongoDB could not import contacts: connection reset");
                }
            }

            @Override
            public void complete(WorkspaceId workspace, ImportId id, Instant at) {
                real.complete(workspace, id, at);
            }

            @Override
            public Optional<ContactImport> find(WorkspaceId workspace, ImportId id) {
                return real.find(workspace, id);
            }

            @Override
            public Optional<ContactImport> latestComplete(WorkspaceId workspace, RepId rep) {
                return real.latestComplete(workspace, rep);
            }

            @Override
            public List<ContactImport> unfinished(WorkspaceId workspace) {
                return real.unfinished(workspace);
            }

            @Override
            public List<Contact> matching(WorkspaceId workspace, java.util.Collection<String> mailKeys,
                                          java.util.Collection<String> nameKeys) {
                return real.matching(workspace, mailKeys, nameKeys);
            }

            @Override
            public List<ContactImport> unfinishedEverywhere() {
                return real.unfinishedEverywhere();
            }

            @Override
            public ImportLedger remove(WorkspaceId workspace, ImportId id, Instant at) {
                return real.remove(workspace, id, at);
            }
        };
        return new CoachStore(store.reps(), store.contacts(), store.meetings(), store.asks(), store.referrals(),
                store.reminders(), store.relationships(), store.teams(), store.goals(), store.tallies(), store.digests(),
                store.questions(), store.changes(), imports);
    }
}
