package com.referralcoach.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The built jar running as a child process, chatted with through its stdin and stdout. */
final class BotProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "referral-coach.jar");
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final Path dataDir;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuilder stderr = new StringBuilder();

    private BotProcess(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> pump(process), "bot-stdout");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(this::pumpErrors, "bot-stderr");
        errors.setDaemon(true);
        errors.start();
    }

    static BotProcess start(Path dataDir, Map<String, String> env) throws IOException {
        return start(dataDir, env, Path.of(""));
    }

    /** The bot started in {@code workingDirectory}, where the terminal's relative paths start. */
    static BotProcess start(Path dataDir, Map<String, String> env, Path workingDirectory) throws IOException {
        return launch(dataDir, env, workingDirectory, List.of("--console"));
    }

    /**
     * The bot as a server, without the terminal: it serves the platforms {@code env} configures (Slack in HTTP mode,
     * say) until it is stopped. Its news is in its {@link #log()}.
     */
    static BotProcess serve(Path dataDir, Map<String, String> env) throws IOException {
        return launch(dataDir, env, Path.of(""), List.of());
    }

    private static BotProcess launch(Path dataDir, Map<String, String> env, Path workingDirectory, List<String> args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // A process test's bot lives seconds to a minute, most of it starting up, beside the other test JVMs on
        // two cores: the quick compiler alone and the serial collector spend a third less CPU there (the suite's
        // process tests went from 308 to 188 CPU-seconds) and change nothing the bot does.
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=UTC", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.directory(workingDirectory.toAbsolutePath().toFile());
        builder.environment().remove("MONGODB_URI");
        // The Slack SDK sends through a proxy when one is set and ignores NO_PROXY: fakes are on 127.0.0.1.
        List.of("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy").forEach(builder.environment()::remove);
        builder.environment().put("REFERRAL_COACH_DATA", dataDir.toString());
        builder.environment().put("REFERRAL_COACH_TZ", "UTC");
        builder.environment().putAll(env);
        return new BotProcess(builder.start(), dataDir);
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    void closeInput() throws IOException {
        stdin.close();
    }

    /** Waits for the first stdout line matching; fails with everything seen so far when it doesn't come. */
    String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            String line = left > 0 ? lines.poll(left, TimeUnit.MILLISECONDS) : null;
            if (line == null || line.equals(EOF)) {
                throw new AssertionError("no matching line within " + timeout + "; stdout so far:\n"
                        + String.join("\n", seen) + "\nstderr:\n" + stderr() + "\nlog, last lines:\n" + logTail());
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    String await(String fragment) throws InterruptedException {
        return await(line -> line.contains(fragment), Duration.ofSeconds(30));
    }

    /** Sends {@code message} as the rep would type it and waits for a line holding {@code expected}. */
    String exchange(String message, String expected) throws IOException, InterruptedException {
        send(message);
        return await(expected);
    }

    /**
     * Once the process has ended (e.g. after a {@link #kill}): every line it printed and not yet read, up to the
     * end of its output, which can still be in the pipe or on its way through the reader thread.
     */
    List<String> rest() throws InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("the bot is still running");
        }
        List<String> rest = new ArrayList<>();
        while (true) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("the output of the ended bot did not end within 30 s");
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                break;
            }
            rest.add(line);
        }
        seen.addAll(rest);
        return rest;
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    /**
     * SIGKILL: no shutdown hook, no flush, nothing. Sent through the process handle, which only signals:
     * {@link Process#destroyForcibly} also closes our end of the bot's stdout, and so throws away whatever it
     * printed that was not read yet (reminders it printed and marked sent, which then count as never delivered).
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** The bot's own log file in its data folder, as far as it is written; empty before the first line. */
    String log() {
        try {
            // decoded leniently: the last line may be cut in the middle of a character
            return new String(Files.readAllBytes(dataDir.resolve("referral-coach.log")), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM: the bot closes what it opened (sends still queued go out) and exits; killed if it takes longer. */
    void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    /** The end of the bot's own log file in its data folder: what it did about reminders, stores, failures. */
    private String logTail() {
        try (Stream<String> log = Files.lines(dataDir.resolve("referral-coach.log"))) {
            List<String> all = log.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    synchronized String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump(Process p) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process died; EOF below tells the waiting test
        } finally {
            lines.add(EOF);
        }
    }

    private void pumpErrors() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (this) {
                    stderr.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process died
        }
    }
}
