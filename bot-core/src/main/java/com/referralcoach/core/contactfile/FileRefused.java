package com.referralcoach.core.contactfile;

/** Stops reading a file that can't be imported; the message is the reason as the rep reads it. */
final class FileRefused extends RuntimeException {
    FileRefused(String reason) {
        super(reason, null, false, false);
    }
}
