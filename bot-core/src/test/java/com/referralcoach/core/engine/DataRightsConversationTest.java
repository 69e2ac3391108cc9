package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.store.PersonWorld;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A rep exports their data and a team's, and forgets a person and the workspace, through the engine on a real store. */
@ExtendWith(EmbeddedMongo.class)
class DataRightsConversationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Monday 23 November 2026, 10:00 in Berlin.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN).toInstant());
    @TempDir
    Path folder;
    private MongoDatabase db;
    private CoachStore store;
    private BotEngine engine;
    private Chat rita;

    @BeforeEach
    void setUp(MongoDatabase database) {
        db = database;
        store = MongoCoachStore.open(db, clock);
        engine = new BotEngine(store, new ChatParser(), clock, BERLIN, DigestRequests.NONE, ContactFiles.NONE,
                ImportProgress.NONE, new FolderExports(folder));
        rita = Chat.of(engine, "T1", "U1");
    }

    private String admin(Chat chat, String text) {
        return engine.handle(new IncomingMessage(chat.workspace(), chat.rep(), "Rita Rep", text).fromAdmin()).text();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private Path onlyFile() throws IOException {
        try (var files = Files.list(folder)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one export");
            }).orElseThrow();
        }
    }

    @Test
    void anExportIsAZipOfSpreadsheetReadyCsvsAndOneJsonWithEveryId() throws IOException {
        rita.say("met Jane Doe at Acme about the Q3 rollout");
        rita.say("Jane Doe referred Tom Lee at Globex - needs CRM help");
        rita.say("asked Jane Doe - she'll think about it");
        rita.say("goal 5 asks per week");
        rita.say("birthday Jane Doe 12 April");
        rita.say("closed $5k repeat business with Jane Doe");
        store.contacts().save(new Contact(new WorkspaceId("T1"), ContactId.random(), new PersonName("Eve Hacker"),
                Optional.of("+Evil Corp"), Optional.of("@eve@example.com"), Optional.of("-1 555"), Optional.empty(),
                Optional.of("=HYPERLINK(\"http://x\",\"click\")"), clock.instant()));

        String reply = rita.say("export my data").text();

        Path zip = onlyFile();
        assertThat(zip.getFileName().toString()).isEqualTo("referral-coach-export-2026-11-23-1000.zip");
        assertThat(reply).startsWith("Exported your data: 3 contacts, 1 meeting, 1 ask, 1 referral, ")
                .contains("1 goal, 1 relationship event, 1 business record").endsWith("Saved to " + zip + ".");
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys("contacts.csv", "meetings.csv", "asks.csv", "referrals.csv",
                "reminders.csv", "goals.csv", "relationship-events.csv", "business.csv", "referral-coach.json");
        assertThat(new String(entries.get("business.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFbusiness_id,rep_id,rep,source,amount,currency,customer_id,customer,at\r\n")
                .contains(",U1,Rita Rep,REPEAT,5000,$,").contains(",Jane Doe,2026-11-23T10:00:00+01:00\r\n");
        String contacts = new String(entries.get("contacts.csv"), StandardCharsets.UTF_8);
        assertThat(entries.get("contacts.csv")).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(contacts).startsWith("\uFEFFcontact_id,name,company,email,phone,title,notes,created_at\r\n")
                .contains(",'+Evil Corp,'@eve@example.com,'-1 555,,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","
                        + "2026-11-23T10:00:00+01:00\r\n");
        assertThat(contacts.replace("\r\n", "")).doesNotContain("\n");
        String meetings = new String(entries.get("meetings.csv"), StandardCharsets.UTF_8);
        assertThat(meetings).contains(",U1,Rita Rep,").contains(",Jane Doe,the Q3 rollout,")
                .contains("+01:00");
        assertThat(new String(entries.get("referrals.csv"), StandardCharsets.UTF_8))
                .contains(",Jane Doe,").contains(",Tom Lee,needs CRM help,NEW,");
        Document json = Document.parse(new String(entries.get("referral-coach.json"), StandardCharsets.UTF_8));
        assertThat(json.getString("workspace")).isEqualTo("T1");
        assertThat(json.getList("contacts", Document.class)).hasSize(3)
                .anySatisfy(c -> assertThat(c.getString("notes")).isEqualTo("=HYPERLINK(\"http://x\",\"click\")"));
        Document referral = json.getList("referrals", Document.class).get(0);
        assertThat(referral.getString("id")).isNotBlank();
        assertThat(referral.getList("history", Document.class)).hasSize(1);
        assertThat(json.getList("meetings", Document.class).get(0).getString("contact"))
                .isEqualTo(store.contacts().findByNameKey(new WorkspaceId("T1"), "jane doe").get(0).id().value());
        assertThat(json.getList("goals", Document.class)).hasSize(1);
        assertThat(json.getList("relationshipEvents", Document.class)).hasSize(1);
        assertThat(json.getList("business", Document.class)).singleElement()
                .satisfies(b -> assertThat(b.getString("source")).isEqualTo("REPEAT"));
    }

    @Test
    void aTeamsExportIsForManagersAndAdminsAndHoldsEveryMember() throws IOException {
        Chat ben = Chat.of(engine, "T1", "U2");
        rita.say("met Jane Doe at Acme about pricing");
        ben.say("met Tom Lee at Globex about the audit");
        admin(rita, "team East: @U1 @U2");

        assertThat(ben.say("export team East").text()).startsWith("Sorry, only managers and workspace admins can"
                + " export a team's data.");
        assertThat(admin(rita, "export team West")).isEqualTo("There is no team West. Say \"teams\" to see them.");
        String reply = admin(rita, "export team East");

        assertThat(reply).startsWith("Exported team East's data: 2 contacts, 2 meetings");
        Map<String, byte[]> entries = unzip(onlyFile());
        assertThat(onlyFile().getFileName().toString()).startsWith("referral-coach-team-east-");
        assertThat(new String(entries.get("meetings.csv"), StandardCharsets.UTF_8)).contains("pricing")
                .contains("the audit");
    }

    @Test
    void forgettingAPersonAsksWithCountsThenLeavesNoTraceInAnyCollection() {
        rita.say("met Jane Doe at Acme about the Q3 rollout");
        rita.say("Jane Doe referred Tom Lee at Globex - needs CRM help");
        rita.say("referral from Ann Lo: Jane Doe (Acme) jane@acme.example - wants a demo");
        rita.say("asked Jane Doe - she'll think about it");
        rita.say("birthday Jane Doe 12 April");
        rita.say("met Tom Lee at Globex about onboarding");

        String asked = rita.read("forget jane doe");
        assertThat(asked).startsWith("Forget Jane Doe (Acme) everywhere in this workspace, for every rep? That erases"
                + " the contact, 1 meeting, 1 ask, 2 referrals (as referrer or lead), ")
                .contains("1 relationship event").contains("Yes / No").contains("[Yes] yes");
        assertThat(PersonWorld.mentioning(db, "jane doe")).isNotEmpty();

        String done = rita.say("yes").text();

        assertThat(done).startsWith("Forgotten: Jane Doe (Acme). Erased the contact, 1 meeting, 1 ask, 2 referrals");
        assertThat(PersonWorld.mentioning(db, "jane doe")).isEmpty();
        assertThat(PersonWorld.mentioning(db, "jane@acme.example")).isEmpty();
        assertThat(rita.say("contact Tom Lee").text()).contains("Tom Lee (Globex)");
        assertThat(rita.say("contact Jane Doe").text()).contains("don't know anyone called Jane Doe");
        assertThat(rita.say("undo").text()).doesNotContain("Jane");
    }

    @Test
    void anAmbiguousNameGetsWhichOneAndNoLeavesEverything() {
        rita.say("met Jane Doe at Acme about pricing");
        rita.say("met Jane Doe at Initech about hiring");

        assertThat(rita.read("forget Jane Doe")).startsWith("Which Jane Doe do you mean: ").contains("Jane Doe (Initech)")
                .contains("[Jane Doe (Acme)] forget Jane Doe (Acme)");
        assertThat(rita.say("erase Jane Doe (Initech)").text()).startsWith("Forget Jane Doe (Initech)");
        assertThat(rita.say("no").text()).isEqualTo("OK, not saved: forgetting Jane Doe (Initech).");
        assertThat(PersonWorld.mentioning(db, "initech")).isNotEmpty();
        assertThat(rita.say("forget Nobody Atall").text()).contains("I don't know anyone called Nobody Atall");
    }

    @Test
    void aWorkspaceIsErasedOnlyByAnAdminWhoConfirmsTwiceAndAnotherStaysWhole() {
        Chat other = Chat.of(engine, "T2", "U9");
        other.say("met Jane Doe at Acme about pricing");
        rita.say("met Jane Doe at Acme about pricing");
        rita.say("goal 5 asks per week");
        List<String> otherBefore = PersonWorld.of(db, new WorkspaceId("T2"));

        assertThat(rita.say("forget workspace").text()).isEqualTo("Sorry, only a workspace admin can erase the whole"
                + " workspace's data.");
        assertThat(admin(rita, "forget workspace")).startsWith("Erase ALL of workspace T1's data, for every rep: 1 rep,"
                + " 1 contact and ");
        assertThat(admin(rita, "yes")).startsWith("Last check: this erases everything of workspace T1 for everyone,"
                + " for good. To go ahead, type: forget workspace T1 (within 10 minutes).");
        assertThat(PersonWorld.of(db, new WorkspaceId("T1"))).isNotEmpty();
        assertThat(admin(rita, "forget workspace T2")).startsWith("That isn't this workspace's id.");

        assertThat(admin(rita, "forget workspace T1")).startsWith("Erased workspace T1: 1 rep, 1 contact and ");

        assertThat(PersonWorld.of(db, new WorkspaceId("T1"))).isEmpty();
        assertThat(PersonWorld.of(db, new WorkspaceId("T2"))).isEqualTo(otherBefore);
    }

    @Test
    void theSecondConfirmationLapses() {
        rita.say("met Jane Doe at Acme about pricing");
        admin(rita, "forget workspace");
        admin(rita, "yes");
        clock.advance(java.time.Duration.ofMinutes(11));

        assertThat(admin(rita, "forget workspace T1")).startsWith("Erase ALL of workspace T1's data");
        assertThat(PersonWorld.mentioning(db, "jane doe")).isNotEmpty();
    }
}
