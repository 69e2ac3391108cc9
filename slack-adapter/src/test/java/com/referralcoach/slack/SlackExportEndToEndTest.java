package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "export" in Slack: the zip goes up through the external upload (files.getUploadURLExternal, the bytes to its URL,
 * files.completeUploadExternal into the rep's DM); one too big for the upload, or an app without files:write, gets
 * a clear answer and nothing is shared.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class SlackExportEndToEndTest {

    @Test
    void anExportIsUploadedIntoTheRepsDm(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.socketMode(db)) {
            SlackChat chat = new SlackChat(rig);
            chat.say("U1", "met Jane Doe at Acme about the rollout");

            String answer = chat.say("U1", "export");

            assertThat(answer).contains("Exported your data: 1 contact, 1 meeting")
                    .contains("It's in our direct messages: referral-coach-export-2026-11-23-1000.zip");
            List<FakeSlackFiles.Shared> shared = rig.api.files.sharedIn("DU1");
            assertThat(shared).hasSize(1);
            assertThat(shared.get(0).title()).isEqualTo("referral-coach-export-2026-11-23-1000.zip");
            byte[] zip = rig.api.files.uploaded(shared.get(0).fileId()).orElseThrow();
            assertThat(rig.api.files.declared(shared.get(0).fileId())).isEqualTo(
                    "referral-coach-export-2026-11-23-1000.zip (" + zip.length + " bytes)");
            assertThat(entries(zip)).contains("contacts.csv", "meetings.csv", "referral-coach.json");
            assertThat(new String(entry(zip, "contacts.csv"), StandardCharsets.UTF_8)).contains("Jane Doe");
        }
    }

    @Test
    void anExportTooBigForTheUploadGetsAClearAnswerAndNothingIsShared(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.socketModeUploadingAtMost(db, 100)) {
            SlackChat chat = new SlackChat(rig);
            chat.say("U1", "met Jane Doe at Acme about the rollout");

            assertThat(chat.say("U1", "export")).contains("couldn't hand you the export")
                    .contains("more than the 1 KB Slack lets me upload").contains("Nothing was saved");
            assertThat(rig.api.calls("files.getUploadURLExternal")).isEmpty();
            assertThat(rig.api.files.sharedIn("DU1")).isEmpty();
        }
    }

    @Test
    void withoutFilesWriteTheExportSaysSlackRefusedIt(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.socketMode(db)) {
            Set<String> withoutWrite = new HashSet<>(ManifestScopes.botScopes(ManifestScopes.manifest()));
            withoutWrite.remove("files:write");
            rig.api.grantOnly(withoutWrite);

            assertThat(new SlackChat(rig).say("U1", "export")).contains("couldn't hand you the export")
                    .contains("missing_scope").contains("Nothing was saved");
            assertThat(rig.api.files.sharedIn("DU1")).isEmpty();
        }
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the zip");
    }
}
