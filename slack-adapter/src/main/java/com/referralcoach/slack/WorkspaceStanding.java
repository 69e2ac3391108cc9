package com.referralcoach.slack;

import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import com.slack.api.bolt.context.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the bot may send to each Slack workspace, as {@link Installations} records it: {@code app_uninstalled} or
 * a revoked bot token stops every send there (logged once); the token working at start, or a rep writing from the
 * workspace, makes it active again. A workspace read as active is remembered, so a send asks the store once per
 * workspace; one read as removed is read again at each send, so an install finished by another process (OAuth) is
 * seen at once.
 */
final class WorkspaceStanding {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceStanding.class);

    private final Installations installations;
    private final Clock clock;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Set<String> orgTeams = ConcurrentHashMap.newKeySet();

    WorkspaceStanding(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    /** False while the workspace has removed the bot; a store that cannot be read counts as active. */
    boolean active(String team) {
        if (Boolean.TRUE.equals(known.get(team))) {
            return true;
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

    /**
     * A rep wrote from {@code team} through a request Bolt authorised with {@code ctx}: for an org-wide install, the
     * team is recorded (once) as reached through its organisation's installation, so sends to it find the token.
     */
    void heardFrom(String team, Context ctx) {
        heardFrom(team);
        reachedThrough(team, ctx);
    }

    /** For an org-wide install ({@code ctx} says), records once that {@code team} is reached through it. */
    void reachedThrough(String team, Context ctx) {
        String enterprise = ctx.getEnterpriseId();
        if (ctx.isEnterpriseInstall() && enterprise != null && team != null && !team.isBlank()
                && !team.equals(enterprise) && orgTeams.add(team)) {
            try {
                installations.joined(new WorkspaceId(team), new WorkspaceId(enterprise));
            } catch (RuntimeException e) {
                orgTeams.remove(team);
                log.warn("Could not record that workspace {} is reached through {}: {}", team, enterprise,
                        e.getMessage());
            }
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
