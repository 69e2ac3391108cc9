package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the built jar logs when it shares a MongoDB: in REFERRAL_COACH_DATA, in the format asked for. (Checking
 * MONGODB_URI loads the driver, whose loggers once started logback before it was told the folder and the format:
 * a process on a shared store wrote plain text to ./data of its working directory.)
 */
class LogFileIT {
    @TempDir
    Path data;
    @TempDir
    Path workingDirectory;

    @Test
    void aProcessOnASharedStoreLogsJsonInItsDataFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
             BotProcess bot = BotProcess.start(data, Map.of(
                     "MONGODB_URI", "mongodb://127.0.0.1:1",
                     "REFERRAL_COACH_LOG_FORMAT", "json",
                     // stops the start at once, with an error in the log, before the store is asked anything
                     "REFERRAL_COACH_ADMIN_PORT", String.valueOf(taken.getLocalPort())), workingDirectory)) {
            assertThat(bot.exitCode(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(bot.log()).contains("is in use by another process").startsWith("{");
            assertThat(bot.log().lines().filter(line -> !line.isBlank()))
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        }
        assertThat(workingDirectory.resolve("data")).doesNotExist();
        try (var left = Files.list(workingDirectory)) {
            assertThat(left).as("what the bot left in its working directory").isEmpty();
        }
    }
}
