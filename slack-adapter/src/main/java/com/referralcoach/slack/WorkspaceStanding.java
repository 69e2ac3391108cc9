package com.referralcoach.slack;

import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the bot may send to each Slack workspace, as {@link Installations} records it: {@code app_uninstalled} or
 * a revoked bot token stops every send there (logged once); the token working at start, or a rep writing from the
 * workspace, makes it active again. What was read is remembered, so a send asks the store once per workspace.
 */
final class WorkspaceStanding {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceStanding.class);

    private final Installations installations;
    private final Clock clock;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    WorkspaceStanding(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    /** False while the workspace has removed the bot; a store that cannot be read counts as active. */
    boolean active(String team) {
        Boolean cached = known.get(team);
        if (cached != null) {
            return cached;
        }
        try {
            boolean active = installations.active(new WorkspaceId(team));
            known.put(team, active);
            return active;
        } catch (RuntimeException e) {
            log.warn("Could not read whether workspace {} still has the bot; sending anyway: {}", team, e.getMessage());
            return true;
        }
    }

    /** The workspace removed the bot ({@code reason}: the event that said so). */
    void removed(String team, String reason) {
        if (team == null || team.isBlank()) {
            return;
        }
        known.put(team, false);
        try {
            if (installations.removed(new WorkspaceId(team), reason, clock.instant())) {
                log.warn("Workspace {} removed Referral Coach ({}): nothing more is sent there until it is back; "
                        + "its data is kept", team, reason);
            }
        } catch (RuntimeException e) {
            log.warn("Could not record that workspace {} removed the bot ({}): {}", team, reason, e.getMessage());
        }
    }

    /** The bot works in the workspace: it installed the bot again, or a rep wrote from it. */
    void heardFrom(String team) {
        if (team == null || team.isBlank() || Boolean.TRUE.equals(known.get(team))) {
            return;
        }
        known.put(team, true);
        try {
            if (installations.restored(new WorkspaceId(team), clock.instant())) {
                log.info("Workspace {} has Referral Coach again; sends resume", team);
            }
        } catch (RuntimeException e) {
            known.remove(team);
            log.warn("Could not record that workspace {} has the bot again: {}", team, e.getMessage());
        }
    }
}
