package com.referralcoach.core.engine;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import com.referralcoach.core.port.ExportFiles;

/** Exports a test reads back: written into a folder under their own name. */
record FolderExports(Path folder) implements ExportFiles {
    @Override
    public boolean serves(WorkspaceId workspace) {
        return true;
    }

    @Override
    public String deliver(WorkspaceId workspace, RepId rep, String fileName, FileContent content) {
        Path file = folder.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
            return "Saved to " + file;
        } catch (IOException e) {
            throw new ReferralCoachException("could not write " + file, e);
        }
    }
}
