package com.referralcoach.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePlatformTest {
    private static final ChannelRef CHANNEL = new ChannelRef("C0123", "team-west");
    private static final Pattern SAVED = Pattern.compile("Chart saved: (.+)");

    @TempDir
    Path data;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void printsThePostAndSavesTheChartWithItsBytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

        CompletableFuture<Void> posted = platform().publish(ConsoleChat.WORKSPACE, CHANNEL,
                Reply.of("Weekly digest: 12 asks, 3 referrals"), List.of(Attachment.png("digest.png", png, "chart")));

        assertThat(posted).isCompleted().isNotCompletedExceptionally();
        assertThat(output()).contains("Posted to #team-west: Weekly digest: 12 asks, 3 referrals");
        List<Path> saved = savedPaths();
        assertThat(saved).containsExactly(data.resolve("digests").resolve("digest.png").toAbsolutePath());
        assertThat(Files.readAllBytes(saved.get(0))).isEqualTo(png);
    }

    @Test
    void aSecondChartOfTheSameNameDoesNotOverwriteTheFirst() throws IOException {
        ConsolePlatform platform = platform();
        byte[] first = {1, 1, 1};
        byte[] second = {2, 2};

        platform.publish(ConsoleChat.WORKSPACE, CHANNEL, Reply.of("one"), List.of(Attachment.png("w.png", first, "")));
        platform.publish(ConsoleChat.WORKSPACE, CHANNEL, Reply.of("two"), List.of(Attachment.png("w.png", second, "")));

        List<Path> saved = savedPaths();
        assertThat(saved).hasSize(2).doesNotHaveDuplicates();
        assertThat(saved.get(1).getFileName()).hasToString("w-2.png");
        assertThat(Files.readAllBytes(saved.get(0))).isEqualTo(first);
        assertThat(Files.readAllBytes(saved.get(1))).isEqualTo(second);
    }

    @Test
    void keepsDotNamesInsideTheDigestsFolder() {
        platform().publish(ConsoleChat.WORKSPACE, CHANNEL, Reply.of("dots"),
                List.of(Attachment.png("..", new byte[] {7}, "")));

        assertThat(savedPaths()).singleElement()
                .satisfies(file -> assertThat(file.getParent()).isEqualTo(data.resolve("digests")));
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheFutureInsteadOfThrowing() throws IOException {
        Files.writeString(data.resolve("digests"), "a file where the folder should be");

        CompletableFuture<Void> posted = platform().publish(ConsoleChat.WORKSPACE, CHANNEL, Reply.of("x"),
                List.of(Attachment.png("digest.png", new byte[] {1}, "")));

        assertThat(posted).failsWithin(java.time.Duration.ZERO).withThrowableThat()
                .havingCause().isInstanceOfSatisfying(DeliveryFailure.class,
                        failure -> assertThat(failure.isPermanent()).isFalse());
        assertThat(output()).doesNotContain("Posted to");
    }

    private ConsolePlatform platform() {
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ConsoleChat chat = new ConsoleChat(null, new BufferedReader(new StringReader("")), out, "me", false);
        return new ConsolePlatform(chat, data);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private List<Path> savedPaths() {
        Matcher matcher = SAVED.matcher(output());
        return matcher.results().map(found -> Path.of(found.group(1).strip())).toList();
    }
}
