package com.referralcoach.app.console;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFiles;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The terminal's files: "import Downloads/Connections.csv" names a path from the working directory (or "~/..."). */
public final class WorkingDirectoryFiles implements ContactFiles {
    private final Path workingDirectory;
    private final Path home;

    public WorkingDirectoryFiles(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.home = home;
    }

    @Override
    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
        if (!ConsoleChat.WORKSPACE.equals(workspace)) {
            return Optional.empty();
        }
        return resolve(reference).filter(Files::isRegularFile).filter(Files::isReadable).map(ContactFile::of);
    }

    @Override
    public String missing(String reference) {
        Optional<Path> path = resolve(reference);
        if (path.filter(Files::isDirectory).isPresent()) {
            return path.get() + " is a folder: name the file in it, like \"import " + reference + "/Connections.csv\".";
        }
        return "I can't find " + path.map(Path::toString).orElse("\"" + reference + "\"") + ". Give the file's path"
                + " from " + workingDirectory + ", like \"import Downloads/Connections.csv\".";
    }

    private Optional<Path> resolve(String reference) {
        try {
            Path path = reference.equals("~") || reference.startsWith("~/") ? home.resolve(reference.substring(
                    Math.min(2, reference.length()))) : workingDirectory.resolve(reference);
            return Optional.of(path.normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
