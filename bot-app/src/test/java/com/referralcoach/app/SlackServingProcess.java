package com.referralcoach.app;

import static org.awaitility.Awaitility.await;

import com.referralcoach.slack.SignedPost;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar serving Slack in HTTP mode against a fake Slack API, as one of several processes on a store: its
 * events port and admin port are read from its log once it runs, and events are posted to it signed as Slack signs.
 */
final class SlackServingProcess implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-process-test-token";
    static final String SIGNING_SECRET = "process-test-signing-secret";
    private static final Pattern RUNNING = Pattern.compile("Referral Coach is running");
    private static final Pattern SLACK_PORT = Pattern.compile("Slack is connected: SlackBot\\[HTTP on port (\\d+)]");
    private static final Pattern ADMIN_PORT = Pattern.compile("Admin port: (\\d+)");
    private static final Pattern EMBEDDED = Pattern.compile("Store in use: embedded store .* on "
            + "(mongodb://127\\.0\\.0\\.1:\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    private final BotProcess process;
    private SignedPost events;
    private int adminPort;

    private SlackServingProcess(String name, BotProcess process) {
        this.name = name;
        this.process = process;
    }

    /**
     * Starts the jar with Slack in HTTP mode on any free port, its Web API calls going to {@code slackApi}, plus
     * {@code env} (a MONGODB_URI, a test clock); returns at once: {@link #awaitRunning} waits for it.
     */
    static SlackServingProcess start(String name, Path dataDir, String slackApi, Map<String, String> env)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        all.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        all.put("SLACK_HTTP_PORT", "0");
        all.put("SLACK_API_URL", slackApi);
        all.put("REFERRAL_COACH_ADMIN_PORT", "0");
        return new SlackServingProcess(name, BotProcess.serve(dataDir, all));
    }

    /** Waits until the process says it runs (Slack connected, schedulers started), then reads its ports. */
    SlackServingProcess awaitRunning(Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> !process.alive() || RUNNING.matcher(process.log()).find());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " did not run within " + timeout + "; its log:\n" + process.log()
                    + "\nstderr:\n" + process.stderr(), e);
        }
        if (!process.alive()) {
            throw new AssertionError(name + " ended; its log:\n" + process.log() + "\nstderr:\n" + process.stderr());
        }
        String log = process.log();
        events = new SignedPost(Integer.parseInt(find(SLACK_PORT, log)));
        adminPort = Integer.parseInt(find(ADMIN_PORT, log));
        return this;
    }

    /** The mongodb:// address of the embedded store this process runs, for others to share. */
    String embeddedStore() {
        return find(EMBEDDED, process.log());
    }

    /** Posts an Events API body as Slack does, with {@code headers} (name, value, ...); the HTTP status. */
    int post(String body, String... headers) throws Exception {
        long now = SignedPost.now();
        return events.postAs(body, "application/json", now, SignedPost.signature(SIGNING_SECRET, now, body), headers)
                .statusCode();
    }

    /** The sum of a Prometheus counter's series on the admin port whose labels hold {@code label}. */
    long counter(String counter, String label) throws Exception {
        String scrape = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return scrape.lines().filter(l -> l.startsWith(counter + "{") && l.contains(label))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    String log() {
        return process.log();
    }

    /** SIGTERM, then at most 20 s to finish: what is queued goes out and the store closes cleanly. */
    void stop() throws InterruptedException {
        process.stop(Duration.ofSeconds(20));
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    private String find(Pattern pattern, String log) {
        Matcher m = pattern.matcher(log);
        if (!m.find()) {
            throw new AssertionError(name + "'s log holds no " + pattern + ":\n" + log);
        }
        return m.group(1);
    }
}
