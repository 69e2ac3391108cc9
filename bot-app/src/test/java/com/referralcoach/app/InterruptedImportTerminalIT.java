package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar killed (SIGKILL) in the middle of an import: the next start takes it back and says so once. */
class InterruptedImportTerminalIT {
    private static final String NOTICE = "Your import of big.csv was interrupted by a restart; nothing from it was"
            + " kept. Send the file again to import it.";
    @TempDir
    Path data;
    @TempDir
    Path work;

    @Test
    void anImportKilledHalfwayIsTakenBackAtTheNextStartAndTheRepIsToldOnce() throws Exception {
        StringBuilder big = new StringBuilder("First Name,Last Name,Email Address,Company\n");
        for (int i = 0; i < 40_000; i++) {
            big.append("Person,Number").append(i).append(",p").append(i).append("@example.com,Acme\n");
        }
        Files.write(work.resolve("big.csv"), big.toString().getBytes(StandardCharsets.UTF_8));
        try (BotProcess bot = BotProcess.start(data, Map.of(), work)) {
            bot.await("Referral Coach is ready");
            bot.send("met Ann Lo at Vela about the pilot");
            bot.await("Saved: meeting with Ann Lo (Vela)");
            bot.send("import big.csv");
            bot.await("Found 40,000 people in big.csv: 40,000 new");
            bot.send("yes");
            bot.await("Importing big.csv: 8,000 of 40,000 rows…");
            bot.kill();
            assertThat(bot.seen()).noneMatch(line -> line.startsWith("Imported big.csv"));
        }
        try (BotProcess bot = BotProcess.start(data, Map.of(), work)) {
            bot.await(line -> line.contains(NOTICE), Duration.ofSeconds(60));
            bot.send("contact Person Number7");
            bot.await("I don't know anyone called Person Number7 yet.");
            bot.send("contact Ann Lo");
            bot.await("Ann Lo (Vela)");
            bot.send("undo import");
            bot.await(line -> !line.isBlank() && !line.startsWith(">"), Duration.ofSeconds(30));
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.seen()).filteredOn(line -> line.contains(NOTICE)).hasSize(1);
        }
    }
}
