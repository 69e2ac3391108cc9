package com.referralcoach.store.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.function.Consumer;

/**
 * A real file channel that fails on demand as a disk does: writes stop with "No space left on device" once the disk
 * is {@link #fillDisk full} (after {@code bytesLeft} more bytes, so a write can be cut short), and
 * {@link #failForce} and {@link #failTruncate} make the next forces or truncations fail. Only the positional calls the journal makes are supported.
 */
final class FailingChannel extends FileChannel {
    private final FileChannel file;
    private volatile long bytesLeft = Long.MAX_VALUE;
    private volatile boolean forceFails;
    private volatile boolean truncateFails;

    private FailingChannel(FileChannel file) {
        this.file = file;
    }

    /** The journal's channels, each opened on the real file and handed to {@code opened}. */
    static JournalChannels opening(Consumer<FailingChannel> opened) {
        return path -> {
            FailingChannel channel = new FailingChannel(JournalChannels.FILES.open(path));
            opened.accept(channel);
            return channel;
        };
    }

    /** From now on the disk takes {@code bytesLeft} more bytes, then refuses every write. */
    void fillDisk(long bytesLeft) {
        this.bytesLeft = bytesLeft;
    }

    void failForce() {
        forceFails = true;
    }

    /** Makes truncating fail: the journal truncates only when a checkpoint restarts it. */
    void failTruncate() {
        truncateFails = true;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        long left = bytesLeft;
        if (left <= 0) {
            throw new IOException("No space left on device");
        }
        if (source.remaining() > left) {
            ByteBuffer part = source.duplicate();
            part.limit(part.position() + (int) left);
            int wrote = file.write(part, position);
            source.position(source.position() + wrote);
            bytesLeft = 0;
            return wrote;
        }
        int wrote = file.write(source, position);
        if (left != Long.MAX_VALUE) {
            bytesLeft = left - wrote;
        }
        return wrote;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        if (forceFails) {
            throw new IOException("Input/output error");
        }
        file.force(metaData);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (truncateFails) {
            throw new IOException("Input/output error");
        }
        file.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer destination, long position) throws IOException {
        return file.read(destination, position);
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }

    @Override
    public int read(ByteBuffer destination) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long read(ByteBuffer[] destinations, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel position(long newPosition) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
        throw new UnsupportedOperationException();
    }
}
