package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, chatted with through a pipe, killed with SIGKILL right after "Saved", and restarted. */
class TerminalChatIT {
    @TempDir
    Path data;

    @Test
    void whatTheBotSaysIsSavedSurvivesSigkill() throws Exception {
        long started = System.nanoTime();
        try (BotProcess bot = BotProcess.start(data, Map.of())) {
            bot.await("Referral Coach is ready");
            System.out.printf("start-up to first prompt: %d ms%n", (System.nanoTime() - started) / 1_000_000);

            bot.send("met Jane Doe at Acme about the Q3 rollout");
            bot.await("Saved: meeting with Jane Doe (Acme) about the Q3 rollout");
            bot.await("something like your Q3 rollout");
            bot.send("asked Jane Doe - got a referral");
            bot.await("Saved: Jane Doe gave you a referral");
            bot.send("Jane Doe referred Tom Lee at Globex");
            bot.await("Saved: new lead Tom Lee (Globex), referred by Jane Doe");
            bot.send("Tom Lee contacted");
            bot.await("Saved: Tom Lee moved to \"contacted\"");
            bot.kill();
        }

        try (BotProcess again = BotProcess.start(data, Map.of())) {
            again.await("Referral Coach is ready");
            again.send("contact Jane Doe");
            again.await("Jane Doe (Acme)");
            again.await("Meetings: 1: today, the Q3 rollout");
            again.await("Referrals given to you: 1: Tom Lee (Globex): contacted");
            again.send("pipeline");
            again.await("1. Tom Lee (Globex) · contacted · today · from Jane Doe");
            again.send("quit");
            again.await("Bye");
            assertThat(again.exitCode(Duration.ofSeconds(30))).isZero();
            assertThat(again.seen()).noneMatch(line -> line.contains("INFO") || line.contains("org.mongodb"));
        }
        assertThat(Files.readString(data.resolve("referral-coach.log"))).contains("Store in use: embedded store");
    }

    @Test
    void aSuggestedReplyIsPickedByItsNumber() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of())) {
            bot.await("Referral Coach is ready");
            bot.send("met Jane Doe at Acme about the Q3 rollout");
            bot.await(line -> line.contains("Reply with: 1 \"asked Jane Doe\"  |  2 \"Jane Doe referred …\""),
                    Duration.ofSeconds(30));
            bot.send("2");
            bot.await("Type it out, starting with: Jane Doe referred …");
            bot.send("1");
            bot.await("Saved: you asked Jane Doe for a referral");
            bot.send("quit");
            bot.await("Bye");
        }
    }

    @Test
    void badInputGetsClearRepliesAndEndOfInputStopsCleanly() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of())) {
            bot.await("Referral Coach is ready");
            bot.send("");
            bot.await("Say something like");
            bot.send("x".repeat(10_000));
            bot.await("too long");
            bot.send("tz Mars/Olympus");
            bot.await("Mars/Olympus");
            bot.send("meeting with Jane Doe on 2026-02-30 9:00-10:00");
            bot.await(line -> line.contains("30") && line.contains("Nothing was saved"), Duration.ofSeconds(30));
            bot.send("met <b>Ann</b> at *Acme* 🚀");
            bot.await("Saved: meeting with <b>Ann</b>");
            bot.send("met محمد at شركة");
            bot.await("Saved: meeting with محمد");
            bot.closeInput();
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }
}
