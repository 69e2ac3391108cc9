package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every referral habit through the built jar's terminal chat, as a rep would type it. */
class HabitsTerminalIT {
    @TempDir
    Path data;

    @Test
    void eachHabitAnswersThroughTheTerminal() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TZ", "Europe/Berlin"))) {
            bot.await("Referral Coach is ready");
            bot.exchange("met Jane Doe at Acme about the Q3 rollout", "build the relationship first");
            bot.exchange("problem Acme: invoice sent twice", "I'll hold ask prompts for Acme");
            bot.exchange("met Jane Doe about the fix", "No ask for Jane Doe while a problem at Acme is open");
            bot.exchange("fixed Acme", "Add a small extra as an apology");
            bot.exchange("csat Jane Doe 9", "Saved: Jane Doe scored 9/10");
            bot.exchange("win Acme: cut their onboarding time in half", "Saved: a win for Acme");
            bot.exchange("birthday Jane Doe 29 February", "Jane Doe's birthday is 29 February");
            bot.exchange("customer since Acme 2019-06-01", "Acme has been a customer since 1 June 2019");
            bot.exchange("check in with Jane Doe every 30 days", "every 30 days");
            bot.exchange("Jane Doe is a connector", "Jane Doe is a connector");
            bot.exchange("asked Jane Doe for a testimonial", "I'll remind you to follow up");
            bot.exchange("got testimonial from Jane Doe", "Jane Doe gave you a testimonial");
            bot.exchange("gave Jane Doe a referral: Carl Jones at Initech", "you gave Jane Doe a referral");
            bot.exchange("who to ask", "Who to ask now");
            bot.await("Jane Doe (Acme) · connector");
            bot.exchange("losing touch", "check-in");
            bot.exchange("referral month December", "Referral month December");
            bot.exchange("Bob Stone said no - not comfortable sharing clients", "Saved: Bob Stone said no");
            bot.await("Reply to Bob: Thanks for being straight with me, Bob.");
            bot.exchange("contact Jane Doe", "Jane Doe (Acme)");
            bot.await("Relationship: connector");
            bot.await("You gave them: 1 referral (Carl Jones at Initech)");
            bot.exchange("help moments", "problem");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }
}
