package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal write or force that fails is never taken for a success: not by the command that met it, not by the
 * commands whose frames were in the same group write, and not by any command after it.
 */
class JournalFileFailureTest {
    @TempDir
    Path data;

    private final AtomicReference<FailingChannel> disk = new AtomicReference<>();
    private JournalFile journal;

    @BeforeEach
    void open() throws IOException {
        journal = JournalFile.open(data, FailingChannel.opening(disk::set));
        journal.restart(1);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aWriteTheFullDiskRefusedFailsEveryCommandWhoseFramesItHeld() {
        long first = frame();
        long second = frame();
        long third = frame();
        disk.get().fillDisk(0);

        assertThatThrownBy(() -> journal.flush(second)).hasMessageContaining("No space left");
        assertThatThrownBy(() -> journal.flush(first)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> journal.flush(third)).isInstanceOf(IOException.class);
        assertThat(journal.failed()).isTrue();
    }

    @Test
    void aFailedForceFailsEveryCommandOfItsGroup() {
        long first = frame();
        long second = frame();
        disk.get().failForce();

        assertThatThrownBy(() -> journal.flush(first)).hasMessageContaining("Input/output error");
        assertThatThrownBy(() -> journal.flush(second)).isInstanceOf(IOException.class);
    }

    @Test
    void aWriteCutShortByTheDiskFailsAndSoDoesEveryLaterOneEvenWithSpaceAgain() {
        long cut = frame();
        disk.get().fillDisk(5);
        assertThatThrownBy(() -> journal.flush(cut)).isInstanceOf(IOException.class);

        disk.get().fillDisk(Long.MAX_VALUE);
        long later = frame();
        assertThatThrownBy(() -> journal.flush(later)).hasMessageContaining("failed earlier");
    }

    @Test
    void aHeaderTheRestartCouldNotWriteIsFollowedByNoFrame() throws IOException {
        journal.flush(frame());
        disk.get().fillDisk(4);
        assertThatThrownBy(() -> journal.restart(2)).isInstanceOf(IOException.class);

        disk.get().fillDisk(Long.MAX_VALUE);
        long after = frame();
        assertThatThrownBy(() -> journal.flush(after)).hasMessageContaining("failed earlier");
        assertThatThrownBy(() -> journal.restart(3)).hasMessageContaining("failed earlier");
    }

    @Test
    void writtenFramesAreNotWrittenAgainAndReadBackInOrder() throws IOException {
        long first = frame();
        journal.flush(first);
        long second = frame();
        journal.flush(first); // already durable: nothing to do
        journal.flush(second);

        assertThat(journal.frames()).hasSize(2);
    }

    private long frame() {
        byte[] payload = {1, 2, 3, 4, 5, 6, 7, 8};
        journal.add(payload, payload.length);
        return journal.added();
    }
}
