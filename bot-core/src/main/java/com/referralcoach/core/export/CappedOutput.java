package com.referralcoach.core.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on until there are more than {@code most}, then fails every write: an export a platform can't take
 * (Slack's upload limit, Discord's attachment limit) stops while it is written, not after.
 */
final class CappedOutput extends FilterOutputStream {
    private final long most;
    private long written;

    CappedOutput(OutputStream out, long most) {
        super(out);
        this.most = most;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    /** Whether more than the most was offered: the export was too big, not broken. */
    boolean full() {
        return written > most;
    }

    private void count(long more) throws IOException {
        written += more;
        if (full()) {
            throw new IOException("the file is larger than " + most + " bytes");
        }
    }
}
