package com.referralcoach.core.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Tells an iCalendar text from a web page, JSON or a binary file, before anything parses it. */
final class FeedSniffer {
    private static final int HEAD = 8 * 1024;

    private FeedSniffer() {
    }

    /** What the bytes look like when they are not a calendar ("a web page"), or empty when they are one. */
    static Optional<String> notACalendar(byte[] bytes) {
        int length = Math.min(bytes.length, HEAD);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of("a binary file");
            }
            if (b < 0x20 && b != '\r' && b != '\n' && b != '\t') {
                control++;
            }
        }
        if (control > length / 100 + 2) {
            return Optional.of("a binary file");
        }
        String head = text(bytes, length).stripLeading();
        if (head.startsWith("<")) {
            return Optional.of("a web page");
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return Optional.of("JSON");
        }
        if (!head.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return Optional.of(head.isEmpty() ? "nothing" : "text that isn't a calendar");
        }
        return Optional.empty();
    }

    /** The bytes as UTF-8 (iCalendar's charset), a byte order mark dropped, bad bytes replaced. */
    static String text(byte[] bytes, int length) {
        int skip = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, skip, length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder never fails", e);
        }
    }
}
