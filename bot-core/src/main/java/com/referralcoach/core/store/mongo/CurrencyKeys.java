package com.referralcoach.core.store.mongo;

import java.util.Optional;

/**
 * A currency as a field name that is safe anywhere in a document path: {@value #NONE} when there is none,
 * otherwise "c" + the currency with every character but ASCII letters and digits written as "_" and four hex digits
 * ("$" -> "c_0024", "EUR" -> "cEUR"), so no '.', '$', NUL or empty name can reach the server, and it reads back.
 */
final class CurrencyKeys {
    static final String NONE = "none";
    private static final char CURRENCY = 'c';
    private static final char ESCAPE = '_';

    private CurrencyKeys() {
    }

    static String keyOf(Optional<String> currency) {
        return currency.map(CurrencyKeys::keyOf).orElse(NONE);
    }

    private static String keyOf(String currency) {
        StringBuilder key = new StringBuilder().append(CURRENCY);
        for (char c : currency.toCharArray()) {
            if (isPlain(c)) {
                key.append(c);
            } else {
                key.append(ESCAPE).append(String.format("%04x", (int) c));
            }
        }
        return key.toString();
    }

    static Optional<String> currencyOf(String key) {
        if (NONE.equals(key)) {
            return Optional.empty();
        }
        StringBuilder currency = new StringBuilder();
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ESCAPE) {
                currency.append((char) Integer.parseInt(key.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                currency.append(c);
            }
        }
        return Optional.of(currency.toString());
    }

    private static boolean isPlain(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
