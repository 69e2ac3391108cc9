package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar in a terminal: files imported by a path from the working directory, previewed, confirmed, undone. */
class ImportTerminalIT {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private void fixture(String name, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = ImportTerminalIT.class.getResourceAsStream("/contactfiles/" + name)) {
            Files.write(to, in.readAllBytes());
        }
    }

    @Test
    void aRepImportsPreviewsConfirmsAndUndoes() throws Exception {
        fixture("Connections.csv", work.resolve("exports/Connections.csv"));
        fixture("phone-21.vcf", work.resolve("phone.vcf"));
        Files.write(work.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        StringBuilder big = new StringBuilder("Name;E-mail;Company\n");
        for (int i = 0; i < 3_000; i++) {
            big.append("Person Number").append(i).append(";p").append(i).append("@example.com;Acme\n");
        }
        Files.write(work.resolve("big.csv"), big.toString().getBytes(StandardCharsets.ISO_8859_1));
        try (BotProcess bot = BotProcess.start(data, Map.of(), work)) {
            bot.await("Referral Coach is ready");
            bot.send("met Ann Lo at Vela about the pilot");
            bot.await("Saved: meeting with Ann Lo (Vela)");

            bot.send("import exports/Connections.csv");
            bot.await("Found 5 people in Connections.csv: 3 new, 1 already known (matched by email, then name)"
                    + ", 1 row unreadable (line 8: no name). Import? Yes / No");
            bot.await(line -> line.contains("Reply with: 1 \"yes\"  |  2 \"no\""), Duration.ofSeconds(30));
            bot.send("1");
            bot.await("Imported Connections.csv: 3 new contacts, details added to 1 person you knew");
            bot.send("contact Ann Lo");
            bot.await("Title: VP Sales");
            bot.send("contact Bo Park");
            bot.await("Bo Park (Kite)");

            bot.send("import phone.vcf");
            bot.await("Found 3 people in phone.vcf: 2 new");
            bot.send("no");
            bot.await("OK, not saved: the import of phone.vcf.");

            bot.send("import logo.png");
            bot.await("logo.png looks like an image, not a list of contacts.");
            bot.send("import missing.csv");
            bot.await(line -> line.startsWith("I can't find ") && line.contains("missing.csv"), Duration.ofSeconds(30));

            bot.send("import big.csv");
            bot.await("Found 3,000 people in big.csv: 3,000 new");
            bot.send("yes");
            bot.await("Importing big.csv: 300 of 3,000 rows…");
            bot.await("Imported big.csv: 3,000 new contacts.");

            bot.send("undo import");
            bot.await("Undone: the import of big.csv: 3,000 contacts removed.");
            bot.send("contact Person Number7");
            bot.await("I don't know anyone called Person Number7 yet.");
            bot.send("contact Ann Lo");
            bot.await("Ann Lo (Vela)");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }
}
