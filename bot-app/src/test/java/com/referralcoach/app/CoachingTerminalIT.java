package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specific asks and the people who refer, through the built jar's terminal chat, as a rep would type them. */
class CoachingTerminalIT {
    @TempDir
    Path data;

    @Test
    void asksAreBuiltOnWhatWasDeliveredAndWhoTheRepWantsToMeet() throws Exception {
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TZ", "Europe/Berlin"))) {
            bot.await("Referral Coach is ready");
            bot.exchange("ideal referral: heads of operations at logistics firms",
                    "Saved: your ideal referral is heads of operations at logistics firms.");
            bot.exchange("met Ann Smith at Ledgerly Bookkeeping", "build the relationship first");
            bot.exchange("met Kim Lee at Kite", "build the relationship first");
            bot.exchange("delivered the payroll migration for Kim Lee", "Kim's next ask will be about it");
            bot.exchange("met Kim Lee about next steps", "something like your next steps? I'm especially keen to meet"
                    + " heads of operations at logistics firms.");
            bot.exchange("Kim Lee needs a bookkeeper", "You know Ann Smith (Ledgerly Bookkeeping)");
            bot.exchange("Kim Lee owns a business: Kite Cafe", "Referrals go both ways with owners");
            bot.exchange("my review link G2 https://www.g2.com/products/acme/take_survey",
                    "Saved: your G2 review link.");
            bot.exchange("asked Kim Lee for a review on G2",
                    "Send the link so it takes two minutes: https://www.g2.com/products/acme/take_survey.");
            bot.exchange("closed $5k repeat business with Kim Lee", "Repeat business shows Kim is happy");
            bot.exchange("my sources", "Where your won business came from:");
            bot.await("1 repeat (100%)");
            bot.exchange("Jane Doe is a former colleague", "an advocate who knows your work");
            bot.exchange("contact Kim Lee", "Kim Lee (Kite)");
            bot.await("business owner (Kite Cafe)");
            bot.await("review on G2 asked");
            bot.exchange("help coaching", "delivered the payroll migration for Kim Lee");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        }
    }
}
