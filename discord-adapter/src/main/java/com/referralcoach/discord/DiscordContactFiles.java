package com.referralcoach.discord;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.contactfile.ContactFileReader;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files members attach to a direct message to the bot. The reference the engine gets carries the attachment's
 * id, size, Discord's URL and name (never its bytes), so the preview's pending question holds all that is needed
 * to download it again on "yes", after a restart too ({@link #reopen}); a typed "import ..." is opened only from what
 * this process saw attached ({@link #open}), so no typed text makes the bot fetch an address. Only a member's own
 * attachments open; one above {@link ContactFileReader#MOST_BYTES}, or one Discord won't hand over, opens as a
 * file that can't be read, with the reason, so the engine refuses it and stores nothing.
 */
final class DiscordContactFiles implements ContactFiles {
    /** An attachment as Discord described it. */
    record Shared(String name, String url, long size) {
    }

    private static final String PREFIX = "discord-attachment|";

    /** The reference of attachment {@code id}: "discord-attachment|id|size|url|name". */
    static String reference(String id, Shared file) {
        return PREFIX + id + "|" + file.size() + "|" + file.url() + "|" + file.name();
    }

    /** The attachment a reference made by {@link #reference} describes. */
    private static Optional<Shared> described(String reference) {
        if (!reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(PREFIX.length()).split("\\|", 4);
        if (parts.length < 4 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()
                || !(parts[2].startsWith("https://") || parts[2].startsWith("http://"))) {
            return Optional.empty();
        }
        return Optional.of(new Shared(parts[3], parts[2], Long.parseLong(parts[1])));
    }

    /** The attachments remembered at most, the oldest forgotten first (a preview waits an hour at most anyway). */
    private static final int KEPT = 1_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Shared> shared = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shared> eldest) {
            return size() > KEPT;
        }
    };

    /** {@code member} attached {@code file} (its reference {@code reference}) to a direct message to the bot. */
    void attached(String member, String reference, Shared file) {
        synchronized (shared) {
            shared.put(member + "/" + reference, file);
        }
    }

    @Override
    public Optional<ContactFile> open(WorkspaceId workspace, RepId rep, String reference) {
        Shared file;
        synchronized (shared) {
            file = shared.get(rep.value() + "/" + reference);
        }
        return Optional.ofNullable(file).map(this::opening);
    }

    /** The previewed attachment again: as remembered, or, after a restart, as its reference describes it. */
    @Override
    public Optional<ContactFile> reopen(WorkspaceId workspace, RepId rep, String reference) {
        return open(workspace, rep, reference).or(() -> described(reference).map(this::opening));
    }

    private ContactFile opening(Shared file) {
        if (file.size() > ContactFileReader.MOST_BYTES) {
            return new ContactFile(file.name(), () -> {
                throw new IOException("it is " + megabytes(file.size()) + ", more than the "
                        + megabytes(ContactFileReader.MOST_BYTES) + " I import at once; split it into smaller files"
                        + " and send each");
            });
        }
        return new ContactFile(file.name(), () -> download(file.url()));
    }

    @Override
    public String missing(String reference) {
        if (reference.startsWith(PREFIX) || reference.chars().allMatch(Character::isDigit)) {
            return "I no longer have that file (I was restarted since you sent it): send it to me again.";
        }
        return "To import contacts here, send me the file (a CSV or a .vcf) as an attachment in this chat: I can't"
                + " open \"" + reference + "\" by its name.";
    }

    private InputStream download(String url) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the download was interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("Discord gave me no address to download it from", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        response.body().close();
        if (status == 403 || status == 404 || status == 410) {
            throw new IOException("Discord no longer has it (HTTP " + status + "); send it to me again");
        }
        throw new IOException("Discord couldn't hand it over just now (HTTP " + status + "); send it again in a"
                + " moment");
    }

    /** A size as a member reads it: "312 KB", "30 MB". */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.US, "%,d KB", Math.max(1, (bytes + 1023) / 1024));
        }
        return String.format(Locale.US, "%,.1f MB", bytes / 1024.0 / 1024.0).replace(".0 ", " ");
    }
}
