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
            exchange(bot, "met Jane Doe at Acme about the Q3 rollout", "build the relationship first");
            exchange(bot, "problem Acme: invoice sent twice", "I'll hold ask prompts for Acme");
            exchange(bot, "met Jane Doe about the fix", "No ask for Jane Doe while a problem at Acme is open");
            exchange(bot, "fixed Acme", "Add a small extra as an apology");
            exchange(bot, "csat Jane Doe 9", "Saved: Jane Doe scored 9/10");
            exchange(bot, "win Acme: cut their onboarding time in half", "Saved: a win for Acme");
            exchange(bot, "birthday Jane Doe 29 February", "Jane Doe's birthday is 29 February");
            exchange(bot, "customer since Acme 2019-06-01", "Acme has been a customer since 1 June 2019");
            exchange(bot, "check in with Jane Doe every 30 days", "every 30 days");
            exchange(bot, "Jane Doe is a connector", "Jane Doe is a connector");
            exchange(bot, "asked Jane Doe for a testimonial", "I'll remind you to follow up");
            exchange(bot, "got testimonial from Jane Doe", "Jane Doe gave you a testimonial");
            exchange(bot, "gave Jane Doe a referral: Carl Jones at Initech", "you gave Jane Doe a referral");
            exchange(bot, "who to ask", "Who to ask now");
            bot.await("Jane Doe (Acme) · connector");
            exchange(bot, "losing touch", "check-in");
            exchange(bot, "referral month December", "Referral month December");
            exchange(bot, "Bob Stone said no - not comfortable sharing clients", "Saved: Bob Stone said no");
            bot.await("Reply to Bob: Thanks for being straight with me, Bob.");
            exchange(bot, "contact Jane Doe", "Jane Doe (Acme)");
            bot.await("Relationship: connector");
            bot.await("You gave them: 1 referral (Carl Jones at Initech)");
            exchange(bot, "help moments", "problem");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }

    private static void exchange(BotProcess bot, String message, String expected) throws Exception {
        bot.send(message);
        bot.await(expected);
    }
}
