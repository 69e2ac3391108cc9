package com.referralcoach.core.store.mongo;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Deterministic string {@code _id}s made of parts (workspace first): each part has {@code %} and {@code |}
 * escaped, then the parts are joined with {@code |}, so different parts never make the same id
 * (workspace "a|b" + team "c" is not workspace "a" + team "b|c"). Any other text is kept as it is.
 */
final class StoredIds {
    static final char SEPARATOR = '|';

    private StoredIds() {
    }

    static String of(String... parts) {
        return Arrays.stream(parts).map(StoredIds::escape).collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    static String escape(String part) {
        return part.replace("%", "%25").replace("|", "%7C");
    }
}
