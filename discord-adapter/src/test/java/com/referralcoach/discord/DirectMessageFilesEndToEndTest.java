package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeRest.Recorded;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files in direct messages on Discord, against the fake: an attached CSV or .vcf is previewed and imported on "yes";
 * an image, an attachment the CDN no longer has, or one too big gets a clear answer and stores nothing; a long
 * import edits one progress message; "export" comes back as an attachment, or as a clear answer when too big.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class DirectMessageFilesEndToEndTest {
    private static final String CSV = "First Name,Last Name,Email Address,Company\r\nAnn,Lo,ann@vela.io,Vela\r\n"
            + "Bo,Park,bo.park@kite.io,Kite\r\n";
    private static final String VCARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Reed;Cy;;;\r\nFN:Cy Reed\r\n"
            + "EMAIL:cy@reed.io\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dee Diaz\r\nEMAIL:dee@diaz.io\r\n"
            + "END:VCARD\r\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Test
    void anAttachedCsvIsPreviewedThenImportedOnYes(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            WorkspaceId acme = new WorkspaceId(rig.discord.server(0).id());

            rig.discord.directMessageWithFile(rita, "", "contacts.csv", "text/csv; charset=utf-8", bytes(CSV));
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("Found 2 people in contacts.csv: 2 new");
            assertThat(rig.engine.knownNames(acme, "ann")).isEmpty();

            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Imported contacts.csv: 2 new contacts");
            assertThat(rig.engine.knownNames(acme, "ann")).containsExactly("Ann Lo");
            assertThat(rig.discord.attachments.downloads()).as("the preview's and the import's").isGreaterThan(1);
        }
    }

    @Test
    void aForwardedCsvIsPreviewedAndImportedLikeAnAttachedOne(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);

            rig.discord.forwardedDirectMessage(rita, "", bytes(CSV));
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("Found 2 people in contacts.csv: 2 new");

            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Imported contacts.csv: 2 new contacts");
            assertThat(rig.engine.knownNames(new WorkspaceId(rig.discord.server(0).id()), "ann"))
                    .containsExactly("Ann Lo");
        }
    }

    @Test
    void aYesAfterARestartImportsTheAttachmentPreviewedBefore(MongoDatabase db) throws Exception {
        DiscordRig before = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales");
        String rita = before.discord.user("rita");
        String dm = before.discord.dmChannelOf(rita);
        WorkspaceId acme = new WorkspaceId(before.discord.server(0).id());
        before.discord.directMessageWithFile(rita, "", "contacts.csv", "text/csv; charset=utf-8", bytes(CSV));
        assertThat(textOf(awaitMessages(before, dm, 1).get(0))).contains("Found 2 people in contacts.csv: 2 new");

        try (DiscordRig rig = before.restartedWithFiles(db, Message.MAX_FILE_SIZE)) {
            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Imported contacts.csv: 2 new contacts");
            assertThat(rig.engine.knownNames(acme, "ann")).containsExactly("Ann Lo");
        }
    }

    @Test
    void anAttachmentsReferenceTypedAsTextDownloadsNothing(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.discord.directMessageWithFile(rita, "", "contacts.csv", "text/csv; charset=utf-8", bytes(CSV));
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("Found 2 people");
            rig.discord.directMessage(rita, "no");
            awaitMessages(rig, dm, 2);
            int downloads = rig.discord.attachments.downloads();

            rig.discord.directMessage(rita, "import discord-attachment|1|90|http://127.0.0.1:9/contacts.csv|x.csv");
            assertThat(textOf(awaitMessages(rig, dm, 3).get(2))).contains("send it to me again");
            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 4).get(3))).doesNotContain("Imported");
            assertThat(rig.discord.attachments.downloads()).isEqualTo(downloads);
        }
    }

    @Test
    void aVcardWithWordsIsHandledWordsFirstThenTheFile(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);

            rig.discord.directMessageWithFile(rita, "referral from Jane Doe: Tom Lee (Globex)", "phone.vcf",
                    "text/vcard", bytes(VCARDS));

            List<DataObject> answers = awaitMessages(rig, dm, 2);
            assertThat(textOf(answers.get(0))).contains("Saved: new lead Tom Lee");
            assertThat(textOf(answers.get(1))).contains("Found 2 people in phone.vcf: 2 new");
            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 3).get(2))).contains("Imported phone.vcf: 2 new contacts");
        }
    }

    @Test
    void anImageAGoneAttachmentAndAHugeOneEachGetAClearAnswerAndNothingIsStored(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            WorkspaceId acme = new WorkspaceId(rig.discord.server(0).id());

            rig.discord.directMessageWithFile(rita, "", "photo.png", "image/png", PNG);
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("photo.png looks like an image");

            rig.discord.directMessageWithFile(rita, "", "gone.csv", "text/csv", null, 90);
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("I couldn't read gone.csv")
                    .contains("no longer has it");

            int downloads = rig.discord.attachments.downloads();
            rig.discord.directMessageWithFile(rita, "", "huge.csv", "text/csv", bytes(CSV), 30L * 1024 * 1024);
            assertThat(textOf(awaitMessages(rig, dm, 3).get(2))).contains("huge.csv").contains("30 MB")
                    .contains("25 MB");
            assertThat(rig.discord.attachments.downloads()).isEqualTo(downloads);

            rig.discord.directMessage(rita, "yes");
            assertThat(textOf(awaitMessages(rig, dm, 4).get(3))).doesNotContain("Imported");
            assertThat(rig.engine.knownNames(acme, "ann")).isEmpty();
        }
    }

    @Test
    void aMemberOfTwoServersIsAskedWhichOneAndToSendTheFileAgainAfterChoosing(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales", "Globex Sales")) {
            FakeDiscord.Server globex = rig.discord.server(1);
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.coach(rig.discord.server(0), rita, "help");
            rig.coach(globex, rita, "help");

            rig.discord.directMessageWithFile(rita, "", "contacts.csv", "text/csv", bytes(CSV));
            DataObject question = awaitMessages(rig, dm, 1).get(0);
            assertThat(textOf(question)).contains("Which one").contains("send contacts.csv again once you have chosen");
            String chooseGlobex = DiscordRig.buttonIds(question).stream().filter(id -> id.contains(globex.id()))
                    .findFirst().orElseThrow();
            assertThat(textOf(rig.answerTo(rig.discord.click(null, rita, question, chooseGlobex))))
                    .contains("goes to that server");

            rig.discord.directMessageWithFile(rita, "", "contacts.csv", "text/csv", bytes(CSV));
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Found 2 people in contacts.csv: 2 new");
            assertThat(rig.discord.messagesIn(dm)).hasSize(2);
        }
    }

    @Test
    void aLongImportEditsOneProgressMessageWithoutMentions(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            StringBuilder csv = new StringBuilder("First Name,Last Name,Email Address\r\n");
            for (int i = 0; i < 2_500; i++) {
                csv.append(lettered(i)).append(",Person,p").append(i).append("@example.com\r\n");
            }
            rig.discord.directMessageWithFile(rita, "", "big.csv", "text/csv", bytes(csv.toString()));
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("Found 2,500 people in big.csv");

            rig.discord.directMessage(rita, "yes");

            await().atMost(DiscordRig.WAIT).until(() -> rig.discord.messagesIn(dm).stream()
                    .anyMatch(message -> textOf(message).contains("Imported big.csv: 2,500 new contacts")));
            List<DataObject> progress = rig.discord.messagesIn(dm).stream()
                    .filter(message -> textOf(message).contains("Importing big.csv")).toList();
            assertThat(progress).as("one progress message").hasSize(1);
            List<Recorded> edits = rig.requests(r -> r.is("PATCH", "channels/" + dm + "/messages/"));
            assertThat(edits).isNotEmpty().allSatisfy(edit -> {
                assertThat(edit.path()).endsWith("/" + progress.get(0).getString("id"));
                assertThat(DataObject.fromJson(edit.body()).getObject("allowed_mentions").getArray("parse").length())
                        .isZero();
            });
        }
    }

    @Test
    void anExportComesAsAnAttachmentInTheDirectMessages(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, Message.MAX_FILE_SIZE, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.discord.directMessage(rita, "met Jane Doe at Acme about the rollout");
            awaitMessages(rig, dm, 1);

            rig.discord.directMessage(rita, "export");

            List<DataObject> messages = awaitMessages(rig, dm, 3);
            DataObject file = messages.get(1);
            assertThat(textOf(messages.get(2))).contains("Exported your data: 1 contact, 1 meeting")
                    .contains("It's in our direct messages: referral-coach-export-");
            List<Multipart.Part> uploads = rig.discord.uploadsOf(file.getString("id"));
            assertThat(uploads).hasSize(1);
            assertThat(uploads.get(0).fileName()).matches("referral-coach-export-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");
            assertThat(entries(uploads.get(0).bytes())).contains("contacts.csv", "meetings.csv", "referral-coach.json");
        }
    }

    @Test
    void anExportTooBigToAttachGetsAClearAnswerAndNoFile(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFiles(db, 100, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.discord.directMessage(rita, "met Jane Doe at Acme about the rollout");
            awaitMessages(rig, dm, 1);

            rig.discord.directMessage(rita, "export");

            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("couldn't hand you the export")
                    .contains("more than the 1 KB Discord lets me attach").contains("Nothing was saved");
            assertThat(rig.requests(r -> r.is("POST", "channels/" + dm + "/messages") && r.isMultipart())).isEmpty();
        }
    }

    private static List<DataObject> awaitMessages(DiscordRig rig, String channel, int count) {
        return await().atMost(DiscordRig.WAIT).until(() -> rig.discord.messagesIn(channel),
                messages -> messages.size() >= count);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
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
