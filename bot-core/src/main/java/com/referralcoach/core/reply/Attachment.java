package com.referralcoach.core.reply;

import com.referralcoach.core.ReferralCoachException;

import java.util.Objects;

/** A file that goes with a message, such as the digest's chart: a name, its media type and its bytes. */
public record Attachment(String fileName, String mediaType, byte[] bytes, String description) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        description = Objects.requireNonNullElse(description, "");
        if (!fileName.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new ReferralCoachException("an attachment's file name is 1-100 letters, digits, '.', '_' or '-'");
        }
        bytes = bytes.clone();
    }

    public static Attachment png(String fileName, byte[] bytes, String description) {
        return new Attachment(fileName, "image/png", bytes, description);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
