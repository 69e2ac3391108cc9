package com.referralcoach.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BooleanSupplier;

/**
 * Whether each chat platform this process started is connected, for {@code /readyz}: a platform adds its check
 * before it connects, so a process still connecting is not ready.
 */
final class PlatformChecks {
    private final Map<String, BooleanSupplier> checks = new ConcurrentSkipListMap<>();

    void add(String platform, BooleanSupplier connected) {
        checks.put(platform, connected);
    }

    /** The platforms not connected now, by name. */
    List<String> notConnected() {
        return checks.entrySet().stream().filter(check -> !check.getValue().getAsBoolean()).map(Map.Entry::getKey)
                .toList();
    }
}
