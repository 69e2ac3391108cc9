package com.referralcoach.core.contactfile;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a contact file a rep handed in, streaming: first a pass that checks its size and takes its fingerprint,
 * then one that hands on each row. A file that can't be imported (too big, empty, binary, an image, no name column,
 * broken quoting) is refused with the reason, so the caller keeps nothing it was handed.
 */
public final class ContactFileReader {
    /** Larger files are refused unread: a 100,000-row export is about 15 MB. */
    public static final long MOST_BYTES = 25L * 1024 * 1024;
    private static final int HEAD = 64 * 1024;

    /** The file's SHA-256 (hex) and size: the same file read again has the same one. */
    public record Fingerprint(String sha256, long bytes) implements FileCheck {
    }

    /** The fingerprint of the file's bytes as they are now, or the reason it can't be imported (too big). */
    public FileCheck check(ContactFile file) {
        try (InputStream in = file.source().open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
                if (total > MOST_BYTES) {
                    return new FileReading.Refused(file.name() + " is larger than " + MOST_BYTES / 1024 / 1024
                            + " MB, more than I import at once. Split it into smaller files and import each.");
                }
                digest.update(buffer, 0, read);
            }
            return new Fingerprint(HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException e) {
            return new FileReading.Refused("I couldn't read " + file.name() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands each row of the file to {@code each}, in order; how the reading went. */
    public FileReading read(ContactFile file, Consumer<FileRow> each) {
        try (InputStream raw = file.source().open(); BufferedInputStream in = new BufferedInputStream(raw, HEAD)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            FileSniffer.Sniffed sniffed = FileSniffer.sniff(file.name(), head);
            in.skipNBytes(sniffed.bomLength());
            Reader text = new BufferedReader(new InputStreamReader(in, sniffed.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            int rows = vcard(file.name(), sniffed.head()) ? VcardPeople.read(text, each)
                    : CsvPeople.read(file.name(), sniffed.head(), text, each);
            if (rows == 0) {
                return new FileReading.Refused("I found no one in " + file.name() + ". Nothing was imported.");
            }
            return new FileReading.Read(rows);
        } catch (FileRefused e) {
            return new FileReading.Refused(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new FileReading.Refused("I couldn't read " + file.name() + ": " + e.getMessage());
        }
    }

    private static boolean vcard(String name, String head) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".vcf") || lower.endsWith(".vcard")
                || head.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD");
    }
}
