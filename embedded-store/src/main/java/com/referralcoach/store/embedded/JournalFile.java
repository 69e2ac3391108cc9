package com.referralcoach.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The write-ahead journal of the embedded store: an append-only file of the document changes made since the H2 file
 * was last committed. It opens with a header naming its generation, the number the H2 file holds once it contains
 * every change of the journal; each change follows as one frame (length, CRC-32C, payload). Changes are
 * {@link #add added} in the order they were made (the collection's lock held), gathered in memory, and
 * {@link #flush written} and forced to the disk in that order by whichever command flushes first; a command is
 * acknowledged only after its flush. A frame a crash cut short fails its check and ends the journal there: its
 * command was never acknowledged.
 * {@link #frames} and {@link #restart} run with no command under way.
 */
final class JournalFile implements AutoCloseable {
    static final String FILE_NAME = "referral-coach.journal";
    private static final long MAGIC = 0x52434A524E4C3031L; // "RCJRNL01"
    private static final int HEADER_BYTES = 16;
    private static final int FRAME_HEAD_BYTES = 8;
    /** Larger than any write command's changes can be: a frame claiming more is damage, not data. */
    private static final int MAX_FRAME_BYTES = 256 << 20;

    private final FileChannel channel;
    /** Frames added and not yet written; guarded by this. */
    private ByteBuffer pending = ByteBuffer.allocate(64 << 10);
    /** Held while writing, so that frames reach the file in the order they were added. */
    private final Object writing = new Object();
    private volatile long generation;
    private volatile long size;

    private JournalFile(FileChannel channel, long generation, long size) {
        this.channel = channel;
        this.generation = generation;
        this.size = size;
    }

    /** Opens (or creates) the journal in {@code dataDirectory}; a file with no whole header has generation 0. */
    static JournalFile open(Path dataDirectory) {
        try {
            FileChannel channel = FileChannel.open(dataDirectory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            readFully(channel, header, 0);
            long generation = !header.hasRemaining() && header.getLong(0) == MAGIC ? header.getLong(8) : 0;
            return new JournalFile(channel, generation, channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store's journal in " + dataDirectory, e);
        }
    }

    long generation() {
        return generation;
    }

    /** Whether any frame was added since the last {@link #restart}. */
    boolean hasFrames() {
        synchronized (this) {
            if (pending.position() > 0) {
                return true;
            }
        }
        return size > HEADER_BYTES;
    }

    long size() {
        return size;
    }

    /** The payloads of the whole frames, oldest first; a torn or damaged frame and all after it are left out. */
    List<ByteBuffer> frames() {
        List<ByteBuffer> frames = new ArrayList<>();
        if (generation == 0) {
            return frames;
        }
        try {
            long position = HEADER_BYTES;
            ByteBuffer head = ByteBuffer.allocate(FRAME_HEAD_BYTES);
            while (true) {
                head.clear();
                readFully(channel, head, position);
                int length = head.getInt(0);
                if (head.hasRemaining() || length <= 0 || length > MAX_FRAME_BYTES
                        || position + FRAME_HEAD_BYTES + length > size) {
                    return frames;
                }
                ByteBuffer payload = ByteBuffer.allocate(length);
                readFully(channel, payload, position + FRAME_HEAD_BYTES);
                if (payload.hasRemaining() || checksum(payload.array(), length) != head.getInt(4)) {
                    return frames;
                }
                frames.add(payload.flip());
                position += FRAME_HEAD_BYTES + length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store's journal", e);
        }
    }

    /** Adds one change's frame after those added before it; {@link #flush} writes it. */
    synchronized void add(byte[] payload, int length) {
        int needed = FRAME_HEAD_BYTES + length;
        if (pending.remaining() < needed) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + needed));
            pending.flip();
            pending = larger.put(pending);
        }
        pending.putInt(length).putInt(checksum(payload, length)).put(payload, 0, length);
    }

    /**
     * Writes every frame added so far and forces them to the disk: when this returns they survive the process dying
     * and the machine losing power. Commands flushing meanwhile wait for this one, whose write and force took their
     * frames too (one force for all of them).
     */
    void flush() throws IOException {
        synchronized (writing) {
            ByteBuffer frames;
            synchronized (this) {
                if (pending.position() == 0) {
                    return;
                }
                frames = ByteBuffer.allocate(pending.position()).put(pending.flip()).flip();
                pending.clear();
            }
            writeFully(frames, size);
            channel.force(false);
            size += frames.limit();
        }
    }

    /** Empties the journal and starts {@code nextGeneration}: call only once the H2 file holds everything in it. */
    void restart(long nextGeneration) throws IOException {
        synchronized (this) {
            pending.clear(); // empty anyway: every command flushes before its acknowledgement, and the file holds it
        }
        channel.truncate(0);
        size = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(MAGIC).putLong(nextGeneration).flip();
        writeFully(header, 0);
        size = HEADER_BYTES;
        generation = nextGeneration;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store's journal", e);
        }
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
        }
    }

    private static int checksum(byte[] payload, int length) {
        CRC32C crc = new CRC32C();
        crc.update(payload, 0, length);
        return (int) crc.getValue();
    }
}
