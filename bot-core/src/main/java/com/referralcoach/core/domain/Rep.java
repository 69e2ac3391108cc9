package com.referralcoach.core.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales rep using the bot, with the time zone their reminders and dates are shown in, and the kind of people
 * they most want to be introduced to ({@code ideal}: their own, or their team's default when they set none).
 */
public record Rep(WorkspaceId workspace, RepId id, String displayName, ZoneId zone,
                  Optional<RepId> manager, Instant joinedAt, WorkingHours hours, Optional<IdealReferral> ideal) {
    /** A rep with no ideal referral described yet. */
    public Rep(WorkspaceId workspace, RepId id, String displayName, ZoneId zone, Optional<RepId> manager,
               Instant joinedAt, WorkingHours hours) {
        this(workspace, id, displayName, zone, manager, joinedAt, hours, Optional.empty());
    }

    /** A rep with the default working hours. */
    public Rep(WorkspaceId workspace, RepId id, String displayName, ZoneId zone, Optional<RepId> manager,
               Instant joinedAt) {
        this(workspace, id, displayName, zone, manager, joinedAt, WorkingHours.DEFAULT);
    }

    public Rep {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(ideal, "ideal");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(joinedAt, "joinedAt");
        displayName = displayName == null || displayName.isBlank() ? id.value() : displayName.strip();
    }

    public Rep withZone(ZoneId newZone) {
        return new Rep(workspace, id, displayName, newZone, manager, joinedAt, hours, ideal);
    }

    public Rep withHours(WorkingHours newHours) {
        return new Rep(workspace, id, displayName, zone, manager, joinedAt, newHours, ideal);
    }

    public Rep withManager(RepId newManager) {
        return new Rep(workspace, id, displayName, zone, Optional.of(newManager), joinedAt, hours, ideal);
    }

    public Rep withIdeal(Optional<IdealReferral> newIdeal) {
        return new Rep(workspace, id, displayName, zone, manager, joinedAt, hours, newIdeal);
    }
}
