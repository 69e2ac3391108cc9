package com.referralcoach.core.port;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Optional;

/**
 * Where the files reps name for an import are opened: a path in the terminal's working directory, a shared file's
 * id on a chat platform. The same reference opens the same file again when the rep confirms the import.
 */
public interface ContactFiles {
    /** Opens no files: the platform hands files in some other way. */
    ContactFiles NONE = new ContactFiles() {
        @Override
        public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
            return Optional.empty();
        }

        @Override
        public String missing(String reference) {
            return "I can't open \"" + reference + "\" from here: send me the file itself.";
        }
    };

    /** The file {@code reference} names for this rep, if there is one. */
    Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference);

    /**
     * The file of a preview the rep said "yes" to, opened again: {@code reference} is the one the platform handed in
     * and the preview kept in the rep's pending question (never text a rep typed), so it may carry what is needed to
     * fetch the file after a restart (Discord: the attachment's address, name and size).
     */
    default Optional<ContactFile> reopen(WorkspaceId workspace, RepId rep, String reference) {
        return open(workspace, rep, reference);
    }

    /** What to tell the rep when {@code reference} names no file this platform can open. */
    String missing(String reference);

    /** As {@link #missing(String)}, for a rep of {@code workspace}: where several platforms share one engine. */
    default String missing(WorkspaceId workspace, String reference) {
        return missing(reference);
    }
}
