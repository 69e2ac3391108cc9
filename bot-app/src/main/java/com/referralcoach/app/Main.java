package com.referralcoach.app;

import java.util.List;
import java.util.Map;

/** Starts Referral Coach: {@code java -jar referral-coach.jar [--console]}. */
public final class Main {
    private Main() {
    }

    /**
     * JVM-wide defaults, set here and nowhere else, before anything reads them; an operator's -D wins.
     * Charts are drawn on servers with no display; the JDK HTTP server sends small acks at once (TCP_NODELAY)
     * instead of holding them ~40 ms for Slack's delayed ACK.
     */
    private static final Map<String, String> JVM_DEFAULTS = Map.of(
            "java.awt.headless", "true",
            "sun.net.httpserver.nodelay", "true");

    public static void main(String[] args) {
        JVM_DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        Settings settings;
        try {
            settings = Settings.load(System.getenv());
            // Before the first logger exists, so before the check (reading MONGODB_URI loads the MongoDB driver,
            // whose classes make loggers): logs go to a file under the data directory, never to stdout.
            System.setProperty("referralcoach.logdir", settings.dataDir().toString());
            if (settings.get("REFERRAL_COACH_LOG_FORMAT").filter("json"::equals).isPresent()
                    && System.getProperty("logback.configurationFile") == null) {
                System.setProperty("logback.configurationFile", "logback-json.xml");
            }
            settings.check();
        } catch (RuntimeException e) {
            System.err.println("Referral Coach could not start: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = ReferralCoach.run(settings, List.of(args));
        System.exit(status);
    }
}
