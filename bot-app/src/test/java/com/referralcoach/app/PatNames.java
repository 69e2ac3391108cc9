package com.referralcoach.app;

/**
 * "Pat Qaaa", "Pat Qaab", ...: many distinct customer names for process tests, with surnames that are no English
 * word. ("Pat back" was one once, and "call with Pat back ends in 1 min" reads as a call-back with some Pat.)
 */
final class PatNames {
    private PatNames() {
    }

    /** The {@code i}-th name, for {@code i} below 17,576. */
    static String pat(int i) {
        StringBuilder letters = new StringBuilder();
        int n = i;
        for (int k = 0; k < 3; k++) {
            letters.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        return "Pat Q" + letters;
    }
}
