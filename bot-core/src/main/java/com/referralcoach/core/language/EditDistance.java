package com.referralcoach.core.language;

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("cancle", "snoze"), to guess what a
 * mistyped keyword or time zone meant.
 */
final class EditDistance {
    private static final int MAX_LENGTH = 40;

    private EditDistance() {
    }

    /** The number of single-character edits or swaps from {@code a} to {@code b}; both are cut to 40 characters. */
    static int between(String a, String b) {
        String left = a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
        String right = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b;
        int[] beforePrevious = new int[right.length() + 1];
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && left.charAt(i - 1) == right.charAt(j - 2)
                        && left.charAt(i - 2) == right.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[right.length()];
    }
}
