package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a file the bot makes for a rep goes (an export's zip): the terminal saves it under the data directory, a
 * chat platform uploads it to the rep's direct messages. The engine writes the bytes straight into the platform's
 * stream, so a big export is never held in memory.
 */
public interface ExportFiles {
    /** Delivers nothing: the platform cannot take files from the bot (yet). */
    ExportFiles NONE = new ExportFiles() {
        @Override
        public boolean serves(WorkspaceId workspace) {
            return false;
        }

        @Override
        public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
            throw new IllegalStateException("this platform takes no files");
        }
    };

    /** The bytes of one file, written on demand into the stream the platform opens (which it closes). */
    @FunctionalInterface
    interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** True when files can be handed to reps of this workspace here. */
    boolean serves(WorkspaceId workspace);

    /**
     * Writes {@code content} as a file named {@code fileName} (letters, digits, '.', '_' and '-') and hands it to the
     * rep; returns where it went, as the rep reads it ("saved to /data/exports/x.zip"). A file that could not be
     * written whole is not delivered at all: a {@link com.referralcoach.core.ReferralCoachException} says why.
     */
    String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content);
}
