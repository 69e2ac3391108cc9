package com.referralcoach.app;

import java.util.List;

/** Starts Referral Coach: {@code java -jar referral-coach.jar [--console]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.load(System.getenv());
            // Before the first logger exists: logs go to a file under the data directory, never to stdout.
            System.setProperty("referralcoach.logdir", settings.dataDir().toString());
        } catch (RuntimeException e) {
            System.err.println("Referral Coach could not start: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = ReferralCoach.run(settings, List.of(args));
        System.exit(status);
    }
}
