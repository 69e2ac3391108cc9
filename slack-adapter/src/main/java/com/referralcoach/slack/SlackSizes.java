package com.referralcoach.slack;

import java.util.Locale;

/** A file's size as a rep reads it: "312 KB", "60 MB", "1 GB". */
final class SlackSizes {
    private static final long KB = 1024;

    private SlackSizes() {
    }

    static String of(long bytes) {
        if (bytes >= KB * KB * KB) {
            return String.format(Locale.US, "%,.1f GB", bytes / (double) (KB * KB * KB)).replace(".0 ", " ");
        }
        if (bytes >= KB * KB) {
            return String.format(Locale.US, "%,.1f MB", bytes / (double) (KB * KB)).replace(".0 ", " ");
        }
        return String.format(Locale.US, "%,d KB", Math.max(1, (bytes + KB - 1) / KB));
    }
}
