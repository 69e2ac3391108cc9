package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files a test puts in a folder, opened by their name as the terminal opens paths. */
record FolderFiles(Path folder) implements ContactFiles {
    @Override
    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
        Path file = folder.resolve(reference);
        return Files.isRegularFile(file) ? Optional.of(ContactFile.of(file)) : Optional.empty();
    }

    @Override
    public String missing(String reference) {
        return "There is no file " + reference + ".";
    }
}
