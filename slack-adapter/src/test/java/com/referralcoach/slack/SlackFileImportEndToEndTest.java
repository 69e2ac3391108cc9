package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rep shares a file of contacts in their DM with the bot, over Socket Mode: the bot downloads it from the fake
 * Slack with its token, the engine previews it, and "yes" imports it; a file that is no contact file, a download
 * Slack refuses, or a file too big each gets a clear answer and stores nothing.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class SlackFileImportEndToEndTest {
    private static final WorkspaceId WORKSPACE = new WorkspaceId(TEAM);
    static final String CSV = "First Name,Last Name,Email Address,Company\r\nAnn,Lo,ann@vela.io,Vela\r\n"
            + "Bo,Park,bo.park@kite.io,Kite\r\n";
    static final String VCARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Reed;Cy;;;\r\nFN:Cy Reed\r\nEMAIL:cy@reed.io\r\n"
            + "ORG:Reed Co\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Diaz;Dee;;;\r\nFN:Dee Diaz\r\n"
            + "EMAIL:dee@diaz.io\r\nEND:VCARD\r\n";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    private SlackRig rig;
    private SlackChat chat;
    private final AtomicInteger events = new AtomicInteger();

    private MongoDatabase db;

    @BeforeEach
    void start(MongoDatabase database) throws Exception {
        db = database;
        rig = SlackRig.socketMode(db);
        chat = new SlackChat(rig);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void aCsvSharedInTheDmIsPreviewedThenImportedOnYes() {
        String file = rig.api.shared.share("U1", "contacts.csv", "text/csv", "csv", bytes(CSV));

        assertThat(share("U1", file, "contacts.csv", "")).contains("Found 2 people in contacts.csv: 2 new")
                .contains("Import?");
        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).isEmpty();
        assertThat(chat.say("U1", "yes")).contains("Imported contacts.csv: 2 new contacts");

        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).containsExactly("Ann Lo");
        assertThat(rig.engine.knownNames(WORKSPACE, "bo")).containsExactly("Bo Park");
        assertThat(rig.api.shared.downloadsServed()).as("a download for the preview, one for the import")
                .isGreaterThanOrEqualTo(2);
        assertThat(rig.api.calls("files.info")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.param("file")).isEqualTo(file));
    }

    @Test
    void aYesAfterARestartImportsTheFilePreviewedBefore() throws Exception {
        String file = rig.api.shared.share("U1", "contacts.csv", "text/csv", "csv", bytes(CSV));
        assertThat(share("U1", file, "contacts.csv", "")).contains("Found 2 people in contacts.csv: 2 new");

        rig = rig.restarted(db);
        chat = new SlackChat(rig);
        assertThat(chat.say("U1", "yes")).contains("Imported contacts.csv: 2 new contacts");
        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).containsExactly("Ann Lo");
    }

    @Test
    void aVcardIsImportedTheSameWay() {
        String file = rig.api.shared.share("U1", "phone.vcf", "text/vcard", "vcf", bytes(VCARDS));

        assertThat(share("U1", file, "phone.vcf", "")).contains("Found 2 people in phone.vcf: 2 new");
        assertThat(chat.say("U1", "yes")).contains("Imported phone.vcf: 2 new contacts");
        assertThat(rig.engine.knownNames(WORKSPACE, "cy")).containsExactly("Cy Reed");
    }

    @Test
    void wordsSentWithTheFileAreHandledTooAndTheFileAfterThem() {
        String file = rig.api.shared.share("U1", "contacts.csv", "text/csv", "csv", bytes(CSV));
        int before = chat.postsIn("DU1").size();

        share("U1", file, "contacts.csv", "Jane Doe referred Fay File at Globex");

        List<FakeSlackApi.Call> posts = await().atMost(Duration.ofSeconds(10))
                .until(() -> chat.postsIn("DU1"), all -> all.size() >= before + 2);
        assertThat(SeenInSlack.text(posts.get(before))).contains("Fay File");
        assertThat(SeenInSlack.text(posts.get(before + 1))).contains("Found 2 people in contacts.csv");
        assertThat(chat.say("U1", "yes")).contains("Imported contacts.csv");
    }

    @Test
    void anImageIsRefusedWithTheReasonAndNothingIsStored() {
        String file = rig.api.shared.share("U1", "photo.png", "image/png", "png", PNG);

        assertThat(share("U1", file, "photo.png", "")).contains("photo.png looks like an image")
                .contains("CSV");
        assertThat(chat.say("U1", "yes")).doesNotContain("Imported");
    }

    @Test
    void aFileSlackNoLongerHasOrWontServeGetsAClearAnswer() {
        String gone = rig.api.shared.share("U1", "gone.csv", "text/csv", "csv", bytes(CSV));
        rig.api.shared.answer(gone, 404);
        String broken = rig.api.shared.share("U1", "broken.csv", "text/csv", "csv", bytes(CSV));
        rig.api.shared.answer(broken, 500);

        assertThat(share("U1", gone, "gone.csv", "")).contains("I couldn't read gone.csv")
                .contains("no longer on Slack");
        assertThat(share("U1", broken, "broken.csv", "")).contains("I couldn't read broken.csv")
                .contains("share it again in a moment").doesNotContain(SlackRig.BOT_TOKEN);
        assertThat(share("U1", "F0NEVER1", "never.csv", "")).contains("no longer on Slack");
        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).isEmpty();
    }

    @Test
    void withoutFilesReadTheBotSaysWhatPermissionIsMissing() {
        Set<String> withoutRead = new HashSet<>(ManifestScopes.botScopes(ManifestScopes.manifest()));
        withoutRead.remove("files:read");
        rig.api.grantOnly(withoutRead);
        String file = rig.api.shared.share("U1", "contacts.csv", "text/csv", "csv", bytes(CSV));

        assertThat(share("U1", file, "contacts.csv", "")).contains("files:read");
        assertThat(rig.api.shared.downloadsServed()).isZero();
        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).isEmpty();
    }

    @Test
    void theFakeServesAFileOnlyWithTheBotTokenAndTheBotTellsItsSignInPageFromTheFile() throws Exception {
        String file = rig.api.shared.share("U1", "contacts.csv", "text/csv", "csv", bytes(CSV));
        String url = rig.api.apiUrl().replace("/api/", "/files-pri/") + TEAM + "-" + file + "/download/contacts.csv";
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
        try (okhttp3.Response anonymous = http.newCall(new okhttp3.Request.Builder().url(url).build()).execute()) {
            assertThat(anonymous.header("Content-Type")).startsWith("text/html");
        }

        SlackFileDownloads wrongToken = new SlackFileDownloads(http, "xoxb-not-the-token",
                java.net.URI.create(rig.api.apiUrl()));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> wrongToken.open(FakeSlackApi.TEAM, url, "text/csv")))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("sign-in page");
        SlackFileDownloads elsewhere = new SlackFileDownloads(http, SlackRig.BOT_TOKEN,
                java.net.URI.create(rig.api.apiUrl()));
        assertThat(elsewhere.isSlacks("https://drive.example.com/file.csv")).isFalse();
        assertThat(elsewhere.isSlacks("https://files.slack.com/files-pri/T1-F1/download/a.csv")).isTrue();
        try (java.io.InputStream in = elsewhere.open(FakeSlackApi.TEAM, url, "text/csv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
    }

    @Test
    void aFileOverTheLimitIsNotEvenDownloaded() {
        String file = rig.api.shared.share("U1", "huge.csv", "text/csv", "csv", bytes(CSV), 1, 60L * 1024 * 1024);

        assertThat(share("U1", file, "huge.csv", "")).contains("huge.csv").contains("60 MB")
                .contains("25 MB");
        assertThat(rig.api.shared.downloadsAsked()).isZero();
    }

    @Test
    void aFileBiggerThanSlackSaidIsStoppedAtTheLimit() {
        byte[] chunk = bytes("Ann,Lo,ann@vela.io,Vela\r\n".repeat(2_600));
        int times = (int) (26L * 1024 * 1024 / chunk.length) + 1;
        String file = rig.api.shared.share("U1", "liar.csv", "text/csv", "csv", chunk, times, 1_000);

        assertThat(share("U1", file, "liar.csv", "")).contains("liar.csv is larger than 25 MB");
        assertThat(rig.engine.knownNames(WORKSPACE, "ann")).isEmpty();
    }

    @Test
    void onlyTheRepsOwnSharedFilesOpenAndAFileNameTypedInSlackSaysHowToShareOne() {
        String file = rig.api.shared.share("U2", "theirs.csv", "text/csv", "csv", bytes(CSV));

        assertThat(share("U1", file, "theirs.csv", "")).contains("drop the file");
        assertThat(chat.say("U1", "import contacts.csv")).contains("drop the file").contains("contacts.csv");
        assertThat(rig.api.shared.downloadsAsked()).isZero();
    }

    @Test
    void aLongImportUpdatesOneProgressMessageInPlace() {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email Address\r\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append(lettered(i)).append(",Person,p").append(i).append("@example.com\r\n");
        }
        String file = rig.api.shared.share("U1", "big.csv", "text/csv", "csv", bytes(csv.toString()));
        assertThat(share("U1", file, "big.csv", "")).contains("Found 2,500 people in big.csv");

        rig.socket.send("env-yes", "events_api", SlackPayloads.directMessage(TEAM, "U1", "yes", "EvYes"), 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> chat.postsIn("DU1").stream()
                .anyMatch(call -> SeenInSlack.text(call).contains("Imported big.csv: 2,500 new contacts")));
        List<FakeSlackApi.Call> progressPosts = chat.postsIn("DU1").stream()
                .filter(call -> SeenInSlack.text(call).contains("Importing big.csv")).toList();
        assertThat(progressPosts).as("one progress message").hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.update").size() >= 1);
        List<FakeSlackApi.Call> updates = rig.api.calls("chat.update");
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.param("channel")).isEqualTo("DU1");
            assertThat(update.decoded()).contains("Importing big.csv");
        });
        assertThat(updates.stream().map(update -> update.param("ts")).distinct()).as("the same message").hasSize(1);
        assertThat(rig.engine.knownNames(WORKSPACE, "repb")).isNotEmpty();
    }

    /** Shares {@code fileId} in {@code user}'s DM and returns the bot's first answer there. */
    private String share(String user, String fileId, String name, String text) {
        String dm = "D" + user;
        int before = chat.postsIn(dm).size();
        int event = events.incrementAndGet();
        rig.socket.send("env-file-" + event, "events_api", SlackPayloads.fileShare(TEAM, user, text,
                "EvFile" + event, fileId, name, "text/csv", "csv", 100), 0);
        List<FakeSlackApi.Call> posts = await().atMost(Duration.ofSeconds(20))
                .until(() -> chat.postsIn(dm), all -> all.size() > before);
        return SeenInSlack.text(posts.get(before));
    }

    /** A first name for row {@code i}: "Rep" and its digits as letters (0 is a, 1 is b...). */
    private static String lettered(int i) {
        StringBuilder name = new StringBuilder("Rep");
        Integer.toString(i).chars().forEach(digit -> name.append((char) ('a' + digit - '0')));
        return name.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
