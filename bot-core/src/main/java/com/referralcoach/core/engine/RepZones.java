package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zone each rep had at their last message in this process. A message is read before its rep is known (the names
 * it mentions decide what the store reads ahead), and reading it is most of the engine's own work; read in the zone
 * the rep had last time, it need not be read again in the rep's zone, unless that changed since (another process, or
 * "my time zone is ..."), which the engine checks. Forgotten wholesale past {@link #REMEMBERED} reps.
 */
final class RepZones {
    private static final int REMEMBERED = 100_000;

    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    Optional<ZoneId> last(WorkspaceId workspace, RepId rep) {
        return Optional.ofNullable(zones.get(key(workspace, rep)));
    }

    void remember(Rep rep) {
        if (zones.size() > REMEMBERED) {
            zones.clear();
        }
        zones.put(key(rep.workspace(), rep.id()), rep.zone());
    }

    private static String key(WorkspaceId workspace, RepId rep) {
        return workspace.value() + "/" + rep.value();
    }
}
