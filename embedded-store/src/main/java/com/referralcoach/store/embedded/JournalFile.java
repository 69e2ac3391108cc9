package com.referralcoach.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
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
 * <p>
 * An I/O error fails the journal for good: the flush that met it, every command whose frames it was writing, and
 * every later flush or restart throw, until the store is opened again. So no command whose frames may be missing is
 * ever acknowledged, and nothing is appended after a failed header. {@link #frames} and {@link #restart} run with no
 * command under way.
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
    /** Bytes of frames ever added: a command's {@link #added mark}; guarded by this. */
    private long appended;
    /** Held while writing, so that frames reach the file in the order they were added. */
    private final Object writing = new Object();
    /** Bytes of {@link #appended} known to be on the disk; guarded by {@link #writing}. */
    private long written;
    /** The I/O error that failed the journal, or null. */
    private volatile IOException failure;
    private volatile long generation;
    private volatile long size;

    private JournalFile(FileChannel channel, long generation, long size) {
        this.channel = channel;
        this.generation = generation;
        this.size = size;
    }

    /** Opens (or creates) the journal in {@code dataDirectory}; a file with no whole header has generation 0. */
    static JournalFile open(Path dataDirectory, JournalChannels channels) {
        try {
            FileChannel channel = channels.open(dataDirectory.resolve(FILE_NAME));
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
        appended += needed;
    }

    /** A mark past every frame added so far: {@link #flush(long) flushing} to it makes them all durable. */
    synchronized long added() {
        return appended;
    }

    /**
     * Makes every frame before {@code mark} (from {@link #added}) durable: when this returns they survive the process
     * dying and the machine losing power. Whichever command flushes first writes and forces every frame added so
     * far (one force for all of them); the others then find theirs written. If that write or force fails, it throws
     * here and for every command whose frames it held, and the journal takes no more (see the class comment).
     */
    void flush(long mark) throws IOException {
        synchronized (writing) {
            if (written >= mark) {
                return;
            }
            checkHealthy();
            ByteBuffer frames;
            long end;
            synchronized (this) {
                frames = ByteBuffer.allocate(pending.position()).put(pending.flip()).flip();
                pending.clear();
                end = appended;
            }
            try {
                writeFully(frames, size);
                channel.force(false);
            } catch (IOException e) {
                throw fail(e);
            }
            size += frames.limit();
            written = end;
        }
    }

    /** Whether an I/O error failed the journal. */
    boolean failed() {
        return failure != null;
    }

    /** Empties the journal and starts {@code nextGeneration}: call only once the H2 file holds everything in it. */
    void restart(long nextGeneration) throws IOException {
        checkHealthy();
        synchronized (writing) {
            synchronized (this) {
                pending.clear(); // empty anyway: every command flushes before its acknowledgement; the file holds it
                written = appended;
            }
            try {
                channel.truncate(0);
                size = 0;
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putLong(MAGIC).putLong(nextGeneration).flip();
                writeFully(header, 0);
                channel.force(true);
            } catch (IOException e) {
                throw fail(e); // no frame may follow a missing header: recovery would not read it
            }
            size = HEADER_BYTES;
            generation = nextGeneration;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store's journal", e);
        }
    }

    private IOException fail(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    private void checkHealthy() throws IOException {
        IOException cause = failure;
        if (cause != null) {
            throw new IOException("the journal failed earlier and takes no more writes: " + cause.getMessage(), cause);
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
