package com.referralcoach.core.contactfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells from a file's first bytes what it is before anything is parsed: an image, a PDF, a spreadsheet or other
 * binary is refused with a reason; text gets its encoding: a byte order mark, UTF-16 without one (every other byte
 * zero), UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Latin-1 with the quotes and the euro sign).
 */
final class FileSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text: not text. */
    private static final double MOST_CONTROLS = 0.01;

    /** The file's encoding, the length of its byte order mark, and its first characters. */
    record Sniffed(Charset charset, int bomLength, String head) {
    }

    private FileSniffer() {
    }

    static Sniffed sniff(String name, byte[] head) {
        if (head.length == 0) {
            throw new FileRefused(name + " is empty.");
        }
        kindOf(head).ifPresentOrElse(kind -> {
            throw new FileRefused(name + " looks like " + kind + ", not a list of contacts. " + Examples.FORMATS);
        }, () -> { });
        Sniffed sniffed = encoding(name, head);
        if (sniffed.head().isBlank()) {
            throw new FileRefused(name + " is empty.");
        }
        long controls = sniffed.head().chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (controls > Math.max(2, sniffed.head().length() * MOST_CONTROLS)) {
            throw new FileRefused(name + " is not a text file. " + Examples.FORMATS);
        }
        return sniffed;
    }

    private static java.util.Optional<String> kindOf(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')
                || starts(b, 'B', 'M') && b.length > 14 && b[6] == 0 && b[7] == 0
                || starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E'
                || b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return java.util.Optional.of("an image");
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return java.util.Optional.of("a PDF");
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return java.util.Optional.of("a spreadsheet or an archive (save it as CSV first)");
        }
        return java.util.Optional.empty();
    }

    private static Sniffed encoding(String name, byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return decoded(b, 3, StandardCharsets.UTF_8);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return decoded(b, 2, StandardCharsets.UTF_16LE);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return decoded(b, 2, StandardCharsets.UTF_16BE);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = Math.max(1, b.length / 2);
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return decoded(b, 0, StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return decoded(b, 0, StandardCharsets.UTF_16BE);
        }
        if (evenZeros + oddZeros > 0) {
            throw new FileRefused(name + " is not a text file. " + Examples.FORMATS);
        }
        return decoded(b, 0, validUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    /** True when the bytes are UTF-8, allowing a character cut in two at the end of what was read. */
    private static boolean validUtf8(byte[] b) {
        int end = b.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int lead = b[end - back] & 0xFF;
            if (lead >= 0xC0) {
                int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                if (length > back) {
                    end -= back;
                }
                break;
            }
            if (lead < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Sniffed decoded(byte[] b, int bom, Charset charset) {
        return new Sniffed(charset, bom, new String(Arrays.copyOfRange(b, bom, b.length), charset));
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
