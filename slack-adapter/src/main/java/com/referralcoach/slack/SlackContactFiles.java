package com.referralcoach.slack;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.contactfile.ContactFileReader;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DeliveryFailure;
import com.slack.api.model.File;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact files reps share in their DM with the bot, by the file's id: files.info says what it is (its name,
 * size, who shared it, where its bytes are), then each read downloads it again ({@link SlackFileDownloads}), so
 * nothing of it is kept between the preview and the import. Only the rep's own files open; one above
 * {@link ContactFileReader#MOST_BYTES} or that Slack won't hand over opens as a file that can't be read, with the
 * reason, so the engine refuses it and stores nothing.
 */
final class SlackContactFiles implements ContactFiles {
    private static final Logger log = LoggerFactory.getLogger(SlackContactFiles.class);
    private static final Pattern FILE_ID = Pattern.compile("F[A-Z0-9]{2,}");

    private final SlackCalls calls;
    private final SlackFileDownloads downloads;

    SlackContactFiles(SlackCalls calls, SlackFileDownloads downloads) {
        this.calls = calls;
        this.downloads = downloads;
    }

    @Override
    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
        if (!FILE_ID.matcher(reference).matches()) {
            return Optional.empty();
        }
        File file;
        try {
            file = calls.run(workspace.value(), "files.info", m -> m.filesInfo(r -> r.file(reference))).getFile();
        } catch (DeliveryFailure e) {
            log.warn("Could not look up file {} shared in workspace {}: {}", reference, workspace, e.getMessage());
            return Optional.of(unreadable("the file you shared", why(e.getMessage())));
        }
        if (file == null || !rep.value().equals(file.getUser())) {
            return Optional.empty();
        }
        String name = file.getName() != null && !file.getName().isBlank() ? file.getName() : reference;
        long size = file.getSize() == null ? 0 : file.getSize();
        String url = file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
        if (size > ContactFileReader.MOST_BYTES) {
            return Optional.of(unreadable(name, "it is " + SlackSizes.of(size) + ", more than the "
                    + SlackSizes.of(ContactFileReader.MOST_BYTES) + " I import at once; split it into smaller files"
                    + " and share each"));
        }
        if (file.isExternal() || url == null) {
            return Optional.of(unreadable(name, "it is a link to a file stored elsewhere; download it and share the "
                    + "file itself with me"));
        }
        String mimetype = file.getMimetype();
        return Optional.of(new ContactFile(name, () -> downloads.open(workspace.value(), url, mimetype)));
    }

    @Override
    public String missing(String reference) {
        return "To import contacts here, drop the file (a CSV or a .vcf) into this chat with me: I can't open \""
                + reference + "\" by its name.";
    }

    private static String why(String failure) {
        if (failure.contains("missing_scope")) {
            return "the app lacks Slack's files:read permission, so ask whoever installed it to reinstall it from its"
                    + " manifest";
        }
        if (failure.contains("file_not_found") || failure.contains("file_deleted")) {
            return "it is no longer on Slack; share it with me again";
        }
        return "Slack didn't tell me about it (" + failure + ")";
    }

    private static ContactFile unreadable(String name, String why) {
        return new ContactFile(name, () -> {
            throw new IOException(why);
        });
    }
}
