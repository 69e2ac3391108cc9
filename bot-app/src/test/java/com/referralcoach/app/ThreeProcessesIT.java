package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.referralcoach.slack.FakeSlackApi;
import com.referralcoach.slack.SeenInSlack;
import com.referralcoach.slack.SlackPayloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's three processes on one store: three jars in Slack HTTP mode, the first running the embedded store and
 * the other two reaching it through MONGODB_URI, all talking to one fake Slack, as behind a load balancer. Their
 * clocks read a Monday morning, and the test moves them on together instead of waiting for a due time. A Slack
 * event retried to the other two is handled once; a few hundred ask reminders falling due at one whole minute are
 * each sent once, shared among the processes; a team's weekly digest, due a minute after the processes start, is
 * posted once. (The digest's minute passes while the burst's reminders wait for theirs.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeProcessesIT {
    /**
     * What the processes' clocks read as the first one starts: a Monday, three seconds before a whole minute, so its
     * digest sync (once it runs, then every minute) comes some seconds after each whole minute.
     */
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:56:57Z");
    private static final String TEAM = FakeSlackApi.TEAM;
    private static final String ADMIN = "U0ADA";
    private static final String DANA = "U0DANA";
    private static final String ANA = "U0ANA";
    private static final String BEN = "U0BEN";
    private static final String RITA = "U0RITA";
    private static final String SALES_EAST = "C0EAST";
    private static final int REPS = 100;
    private static final int MEETINGS_EACH = 3;
    /**
     * Time to log every meeting of the burst before they all end: 300 took 15 to 56 s on the 2-core machine shared
     * with other builds. Once they are logged, the processes' clocks are moved on to a few seconds before the end.
     */
    private static final Duration LOGGING = Duration.ofSeconds(60);
    /** How long before the burst's end the processes' clocks are moved to once every meeting is logged. */
    private static final Duration BEFORE_THE_END = Duration.ofSeconds(3);
    private static final Pattern ASK = Pattern.compile("Your meeting with (Pat Q[a-z]{3}) has ended");
    private static final Pattern POSTED = Pattern.compile("Posted team \\S+'s weekly digest");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    @TempDir
    static Path third;
    /** The file that moves the processes' clocks on (REFERRAL_COACH_TEST_CLOCK_MOVED). */
    @TempDir
    static Path clockDir;

    private static FakeSlackApi slack;
    /** The real time at which the processes' clocks read {@link #MONDAY}. */
    private static Instant setAt;
    /** How far the test has moved the processes' clocks on. */
    private static volatile Duration moved = Duration.ZERO;
    private static final List<SlackServingProcess> processes = new ArrayList<>();
    private static final AtomicInteger events = new AtomicInteger();
    /** When team East's weekly digest is due: the first whole minute after the processes run. */
    private static Instant digestDue;

    @BeforeAll
    static void startThreeProcessesOnOneStoreAndScheduleADigest() throws Exception {
        slack = new FakeSlackApi();
        slack.userRoles(ADMIN, "is_admin");
        slack.userName(DANA, "Dana Boss");
        setAt = Instant.now();
        SlackServingProcess a = start("A", first, Map.of());
        a.awaitRunning(Duration.ofSeconds(90));
        Map<String, String> shared = Map.of("MONGODB_URI", a.embeddedStore());
        SlackServingProcess b = start("B", second, shared);
        SlackServingProcess c = start("C", third, shared);
        b.awaitRunning(Duration.ofSeconds(90));
        c.awaitRunning(Duration.ofSeconds(90));
        digestDue = nextWholeMinuteAfter(virtualNow().plus(Duration.ofSeconds(15)));
        setUpTeamEastWithItsDigestAt(CLOCK.format(digestDue));
    }

    /** Each process's clock set to read the same as the others', to the millisecond, whenever it starts. */
    private static SlackServingProcess start(String name, Path dataDir, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("REFERRAL_COACH_TEST_CLOCK", MONDAY.toString());
        all.put("REFERRAL_COACH_TEST_CLOCK_SET_AT", setAt.toString());
        all.put("REFERRAL_COACH_TEST_CLOCK_MOVED", clockDir.resolve("moved").toString());
        all.put("REFERRAL_COACH_DISPATCH_SECONDS", "1");
        all.put("REFERRAL_COACH_DIGEST_SYNC_SECONDS", "5");
        SlackServingProcess process = SlackServingProcess.start(name, dataDir, slack.apiUrl(), all);
        processes.add(process);
        return process;
    }

    /** A manager and a team of two, set up through the three processes, with the team's digest due at {@code at}. */
    private static void setUpTeamEastWithItsDigestAt(String at) throws Exception {
        say(process(0), DANA, "help");
        say(process(1), ANA, "help");
        say(process(2), BEN, "help");
        assertThat(say(process(0), ADMIN, "make <@" + DANA + "> a manager")).startsWith("Saved: Dana Boss is a manager");
        assertThat(say(process(1), DANA, "team East: <@" + ANA + "> <@" + BEN + ">")).startsWith("Saved: team East is");
        assertThat(say(process(2), DANA, "digest East to <#" + SALES_EAST + "|sales-east> every monday " + at))
                .startsWith("Saved: team East's digest goes to #sales-east every Monday at " + at);
        assertThat(virtualNow()).as("the digest scheduled before it is due").isBefore(digestDue);
    }

    @AfterAll
    static void stopEveryProcess() throws Exception {
        // The two sharing the store first, then the one running it.
        for (int i = processes.size() - 1; i >= 0; i--) {
            try (SlackServingProcess process = processes.get(i)) {
                process.stop();
                // kept for a look after a failure
                Files.writeString(Path.of("target", "ThreeProcessesIT-" + process.name + ".log"), process.log());
            }
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    @Order(1)
    void aSlackEventRetriedToTheOtherProcessesIsHandledOnce() throws Exception {
        String meeting = SlackPayloads.directMessage(TEAM, RITA, "met Jane Doe at Acme", "EvRetried").toString();
        assertThat(process(0).post(meeting)).isEqualTo(200);
        // Slack heard no ack in time and sends the event again; the load balancer picks the other processes.
        assertThat(process(1).post(meeting, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .isEqualTo(200);
        assertThat(process(2).post(meeting, "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"))
                .isEqualTo(200);
        assertThat(answer(process(0), RITA, null)).contains("Saved: meeting with Jane Doe (Acme)");

        // Rita's next messages go to B and C: each is answered after anything those processes took before it.
        assertThat(say(process(1), RITA, "contact Jane Doe")).contains("*Meetings*\n1: today\n");
        assertThat(say(process(2), RITA, "contact Jane Doe")).contains("*Meetings*\n1: today\n");
        List<String> seen = postsIn("D" + RITA).stream().map(SeenInSlack::text).toList();
        assertThat(seen).hasSize(3).filteredOn(text -> text.contains("Saved: meeting")).hasSize(1);
    }

    @Test
    @Order(2)
    void aReminderBurstIsSentOnceEachAndSharedAmongTheProcesses() throws Exception {
        Instant end = nextWholeMinuteAfter(virtualNow().plus(LOGGING));
        String at = CLOCK.format(end);
        Instant started = Instant.now();
        Map<String, String> repOf = logMeetingsEndingAt(at);
        List<FakeSlackApi.Call> saved = await().atMost(LOGGING.plus(Duration.ofSeconds(30)))
                .until(() -> postsSaying("I'll remind you to ask Pat"), posts -> posts.size() >= repOf.size());
        assertThat(saved).hasSize(repOf.size()).allSatisfy(post -> assertThat(SeenInSlack.text(post))
                .contains("I'll remind you to ask Pat for an introduction today " + at));
        assertThat(virtualNow()).as("every meeting logged before they all end").isBefore(end);
        System.out.printf("%d meetings logged through three processes in %.1f s; they all end at %s%n", saved.size(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0, at);
        moveClocksTo(end.minus(BEFORE_THE_END));

        await().atMost(untilTestTime(end.plus(Duration.ofSeconds(60))))
                .until(ThreeProcessesIT::remindedByPerson, byPerson -> byPerson.size() >= repOf.size());
        Instant drained = virtualNow();
        // a process counts a batch's reminders as sent once the whole batch is out: the last batch may still be
        // counting when Slack has every post
        await().atMost(Duration.ofSeconds(30)).until(ThreeProcessesIT::sentByAll, sent -> sent >= repOf.size());
        Map<String, Long> sentBy = new LinkedHashMap<>();
        for (SlackServingProcess p : processes) {
            sentBy.put(p.name, p.counter("referral_coach_reminders_total", "outcome=\"sent\""));
            assertThat(p.counter("referral_coach_reminders_total", "outcome=\"retried\"")
                    + p.counter("referral_coach_reminders_total", "outcome=\"failed\"")).as(p.name).isZero();
        }
        Map<String, List<String>> all = remindedByPerson();
        System.out.printf("%d ask reminders due at %s delivered once each by %s (%.1f s after); sent by process %s%n",
                all.size(), at, drained.atZone(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.SECONDS),
                Duration.between(end, drained).toMillis() / 1000.0, sentBy);
        assertThat(all).hasSize(repOf.size()).allSatisfy((person, dms) ->
                assertThat(dms).as(person).containsExactly("D" + repOf.get(person)));
        assertThat(sentBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(repOf.size());
        assertThat(sentBy.values().stream().filter(n -> n > 0)).as("processes that sent reminders")
                .hasSizeGreaterThan(1);
    }

    private static long sentByAll() throws Exception {
        long sent = 0;
        for (SlackServingProcess p : processes) {
            sent += p.counter("referral_coach_reminders_total", "outcome=\"sent\"");
        }
        return sent;
    }

    @Test
    @Order(3)
    void theWeeklyDigestIsPostedOnceThoughEveryProcessTries() throws Exception {
        // Each process syncs the digests every minute: a minute after it was due all three have posted it or found
        // it claimed.
        await().atMost(untilTestTime(digestDue.plus(Duration.ofSeconds(90))))
                .until(() -> processes.stream().allMatch(ThreeProcessesIT::saidTheDigest));
        List<String> posters = processes.stream().filter(p -> POSTED.matcher(p.log()).find()).map(p -> p.name)
                .toList();
        System.out.printf("team East's digest due at %s posted by process %s; the others found it claimed%n",
                CLOCK.format(digestDue), posters);

        List<FakeSlackApi.Call> digests = postsIn(SALES_EAST);
        assertThat(digests).hasSize(1);
        assertThat(SeenInSlack.text(digests.get(0))).startsWith("Referral digest for team East");
        assertThat(slack.calls("files.completeUploadExternal")).hasSize(1)
                .allSatisfy(upload -> assertThat(upload.param("channel_id")).isEqualTo(SALES_EAST));
        assertThat(posters).hasSize(1);
    }

    /** REPS reps log MEETINGS_EACH calls each, all ending at {@code at}, spread over the three processes. */
    private static Map<String, String> logMeetingsEndingAt(String at) throws Exception {
        Map<String, String> repOf = new HashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < REPS * MEETINGS_EACH; i++) {
                String rep = String.format("U0R%03d", i / MEETINGS_EACH);
                String person = PatNames.pat(i);
                repOf.put(person, rep);
                SlackServingProcess to = process(i % processes.size());
                String body = SlackPayloads.directMessage(TEAM, rep, "call with " + person + " ends " + at,
                        "EvBurst" + i).toString();
                posted.add(senders.submit(() -> to.post(body)));
            }
            for (Future<Integer> status : posted) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }
        return repOf;
    }

    /** Whether the process's log says it posted this week's digest or found it claimed by another. */
    private static boolean saidTheDigest(SlackServingProcess process) {
        String log = process.log();
        String week = digestDue.atZone(ZoneOffset.UTC).toLocalDate().toString();
        return POSTED.matcher(log).find() || log.contains("digest for the week of " + week + " in workspace " + TEAM
                + " is claimed already");
    }

    /** Sends {@code text} as {@code user}'s DM through {@code process}; the bot's answer there as they read it. */
    private static String say(SlackServingProcess process, String user, String text) throws Exception {
        String body = SlackPayloads.directMessage(TEAM, user, text, "EvSay" + events.incrementAndGet()).toString();
        return answer(process, user, body);
    }

    /** Posts {@code body} (unless null) and waits for one more post in the user's DM than there were before. */
    private static String answer(SlackServingProcess process, String user, String body) throws Exception {
        int before = body == null ? 0 : postsIn("D" + user).size();
        if (body != null) {
            assertThat(process.post(body)).isEqualTo(200);
        }
        List<FakeSlackApi.Call> posts = await().atMost(Duration.ofSeconds(30))
                .until(() -> postsIn("D" + user), all -> all.size() > before);
        return SeenInSlack.text(posts.get(before));
    }

    /** Each person an ask reminder named, with the DMs it went to (once each, it should be). */
    private static Map<String, List<String>> remindedByPerson() {
        Map<String, List<String>> byPerson = new HashMap<>();
        for (FakeSlackApi.Call post : slack.calls("chat.postMessage")) {
            Matcher m = ASK.matcher(post.decoded());
            if (m.find()) {
                byPerson.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(post.param("channel"));
            }
        }
        return byPerson;
    }

    private static List<FakeSlackApi.Call> postsSaying(String fragment) {
        return slack.calls("chat.postMessage").stream().filter(c -> c.decoded().contains(fragment)).toList();
    }

    private static List<FakeSlackApi.Call> postsIn(String channel) {
        return slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals(channel)).toList();
    }

    private static SlackServingProcess process(int index) {
        return processes.get(index);
    }

    /**
     * Moves the processes' clocks on to {@code instant} (never back): each reads the file again within
     * {@link MovedTestClock#RECHECK}.
     */
    private static void moveClocksTo(Instant instant) throws Exception {
        Duration more = Duration.between(virtualNow(), instant);
        if (more.isNegative()) {
            return;
        }
        Duration total = moved.plus(more);
        Path file = clockDir.resolve("moved");
        Path next = clockDir.resolve("moved.next");
        Files.writeString(next, total.toString());
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        moved = total;
    }

    /** How long until the processes' clocks read {@code instant}; a few seconds once it has passed. */
    private static Duration untilTestTime(Instant instant) {
        Duration left = Duration.between(virtualNow(), instant);
        return left.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : left;
    }

    private static Instant nextWholeMinuteAfter(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    }

    private static Instant virtualNow() {
        return MONDAY.plus(Duration.between(setAt, Instant.now())).plus(moved);
    }
}
