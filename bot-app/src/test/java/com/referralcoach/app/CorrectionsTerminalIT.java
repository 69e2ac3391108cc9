package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar in a terminal: a won amount corrected and undone, a rename, new details, a merge, a lead deleted. */
class CorrectionsTerminalIT {
    @TempDir
    Path data;

    @Test
    void aRepCorrectsWhatTheBotKnows() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TZ", "Europe/Berlin",
                "REFERRAL_COACH_TEST_CLOCK", "2026-12-07T10:00:00Z"))) {
            bot.await("Referral Coach is ready");
            bot.send("Jane Doe referred Ken Adams at Globex");
            bot.await("Saved: new lead Ken Adams (Globex)");
            bot.send("Ken Adams won $8k");
            bot.await("Saved: Ken Adams won, $8,000.");
            bot.send("Ken Adams won $9k");
            bot.await("Corrected: Ken Adams's win is $9,000, not $8,000.");
            bot.send("undo");
            bot.await("Undone: the correction of Ken Adams's win (back to $8,000).");

            bot.send("met Jon Doe at Acme about pricing");
            bot.await("Saved: meeting with Jon Doe (Acme) about pricing");
            bot.send("rename Jon Doe to John Doe");
            bot.await("Renamed Jon Doe to John Doe");
            bot.send("John Doe works at Initech now");
            bot.await("Updated John Doe: company Initech (was Acme).");

            bot.send("met Kim at Vela");
            bot.await("Saved: meeting with Kim (Vela)");
            bot.send("met Kim Lee about the rollout");
            bot.await("Saved: meeting with Kim Lee about the rollout");
            bot.send("Kim and Kim Lee are the same person");
            bot.await("Merge Kim (Vela) into Kim Lee? Moving to Kim Lee: 1 meeting");
            bot.send("yes");
            bot.await("Merged Kim (Vela) into Kim Lee.");
            bot.send("contact Kim Lee");
            bot.await("Kim Lee (Vela)");

            bot.send("delete lead Ken Adams");
            bot.await("Delete your lead Ken Adams (Globex)");
            bot.send("yes");
            bot.await("Deleted your lead Ken Adams (Globex)");
            bot.send("pipeline");
            bot.await(line -> !line.isBlank() && !line.contains("Ken Adams"), Duration.ofSeconds(30));
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }
}
