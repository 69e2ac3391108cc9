package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar in a terminal: an export saved under the data directory, a person forgotten, the workspace erased. */
class ExportForgetTerminalIT {
    private static final Pattern SAVED = Pattern.compile(".*Saved to (.+\\.zip)\\.$");

    @TempDir
    Path data;

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static Path saved(String line) {
        Matcher matcher = SAVED.matcher(line);
        assertThat(matcher.matches()).as(line).isTrue();
        return Path.of(matcher.group(1));
    }

    @Test
    void aRepExportsForgetsAPersonAndErasesTheWorkspace() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TZ", "Europe/Berlin",
                "REFERRAL_COACH_TEST_CLOCK", "2026-12-07T10:00:00Z"))) {
            bot.await("Referral Coach is ready");
            bot.send("met Jane Doe at Acme about pricing");
            bot.await("Saved: meeting with Jane Doe (Acme)");
            bot.send("Jane Doe referred Tom Lee at Globex - needs CRM help");
            bot.await(line -> line.contains("Tom Lee"), Duration.ofSeconds(30));

            bot.send("export my data");
            Path first = saved(bot.await("Exported your data: 2 contacts, 1 meeting, 0 asks, 1 referral"));
            assertThat(first.getParent()).isEqualTo(data.resolve("exports").toAbsolutePath().normalize());
            assertThat(first.getFileName().toString()).matches("referral-coach-export-2026-12-07-11\\d\\d\\.zip");
            Map<String, String> entries = unzip(first);
            assertThat(entries.get("contacts.csv")).startsWith("\uFEFFcontact_id,name,").contains("Jane Doe");
            assertThat(entries.get("meetings.csv")).contains("Jane Doe,pricing,").contains("+01:00");
            assertThat(entries.get("referral-coach.json")).contains("\"referrals\"").contains("CRM help");

            bot.send("forget Jane Doe");
            bot.await("Forget Jane Doe (Acme) everywhere in this workspace, for every rep? That erases the contact,"
                    + " 1 meeting, 1 referral (as referrer or lead), ");
            bot.await(line -> line.contains("Reply with: 1 \"yes\"  |  2 \"no\""), Duration.ofSeconds(30));
            bot.send("1");
            bot.await("Forgotten: Jane Doe (Acme). Erased the contact, 1 meeting, 1 referral");
            bot.send("contact Jane Doe");
            bot.await("I don't know anyone called Jane Doe");

            bot.send("export");
            Path second = saved(bot.await("Exported your data: 1 contact, 0 meetings"));
            assertThat(second).isNotEqualTo(first);
            assertThat(unzip(second).values()).noneMatch(text -> text.toLowerCase().contains("jane doe"));

            bot.send("forget workspace");
            bot.await("Erase ALL of workspace local's data, for every rep: 1 rep, 1 contact and ");
            bot.send("yes");
            bot.await("Last check: this erases everything of workspace local for everyone, for good. To go ahead,"
                    + " type: forget workspace local");
            bot.send("forget workspace local");
            bot.await("Erased workspace local: 1 rep, 1 contact and ");
            bot.send("contact Tom Lee");
            bot.await("I don't know anyone called Tom Lee");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
        assertThat(Files.list(data.resolve("exports")).map(p -> p.getFileName().toString()))
                .hasSize(2).noneMatch(name -> name.endsWith(".part"));
    }
}
