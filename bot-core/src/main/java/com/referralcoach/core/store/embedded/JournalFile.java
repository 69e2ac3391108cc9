package com.referralcoach.core.store.embedded;

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
 * every change of the journal; each write command's changes follow as one frame (length, CRC-32C, payload), written
 * before the command is acknowledged. A frame a crash cut short fails its check and ends the journal there: its
 * command was never acknowledged. Not thread-safe: {@link JournaledH2Backend} serialises its use.
 */
final class JournalFile implements AutoCloseable {
    static final String FILE_NAME = "referral-coach.journal";
    private static final long MAGIC = 0x52434A524E4C3031L; // "RCJRNL01"
    private static final int HEADER_BYTES = 16;
    private static final int FRAME_HEAD_BYTES = 8;
    /** Larger than any write command's changes can be: a frame claiming more is damage, not data. */
    private static final int MAX_FRAME_BYTES = 256 << 20;

    private final FileChannel channel;
    private long generation;
    private long size;

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

    /** Whether any frame was written since the last {@link #restart}. */
    boolean hasFrames() {
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

    /** Appends one frame; when this returns the bytes are in the file (they survive the process being killed). */
    void append(byte[] payload, int length) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(FRAME_HEAD_BYTES + length);
        frame.putInt(length).putInt(checksum(payload, length)).put(payload, 0, length).flip();
        writeFully(frame, size);
        size += frame.limit();
    }

    /** Empties the journal and starts {@code nextGeneration}: call only once the H2 file holds everything in it. */
    void restart(long nextGeneration) throws IOException {
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
