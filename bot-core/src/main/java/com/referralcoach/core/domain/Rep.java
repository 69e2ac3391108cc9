package com.referralcoach.core.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales rep using the bot, with the time zone their reminders and dates are shown in, and the kind of people
 * they most want to be introduced to ({@code ideal}: their own, or their team's default when they set none).
 */
public record Rep(WorkspaceId workspace, RepId id, String displayName, ZoneId zone,
                  Optional<RepId> manager, Instant joinedAt, WorkingHours hours, Optional<IdealReferral> ideal,
                  Map<String, String> reviewLinks) {
    /** A rep with no review links (platform label to link) yet. */
    public Rep(WorkspaceId workspace, RepId id, String displayName, ZoneId zone, Optional<RepId> manager,
               Instant joinedAt, WorkingHours hours, Optional<IdealReferral> ideal) {
        this(workspace, id, displayName, zone, manager, joinedAt, hours, ideal, Map.of());
    }

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
        reviewLinks = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(reviewLinks, "reviewLinks")));
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(joinedAt, "joinedAt");
        displayName = displayName == null || displayName.isBlank() ? id.value() : displayName.strip();
    }

    public Rep withZone(ZoneId newZone) {
        return new Rep(workspace, id, displayName, newZone, manager, joinedAt, hours, ideal, reviewLinks);
    }

    public Rep withHours(WorkingHours newHours) {
        return new Rep(workspace, id, displayName, zone, manager, joinedAt, newHours, ideal, reviewLinks);
    }

    public Rep withManager(RepId newManager) {
        return new Rep(workspace, id, displayName, zone, Optional.of(newManager), joinedAt, hours, ideal, reviewLinks);
    }

    public Rep withIdeal(Optional<IdealReferral> newIdeal) {
        return new Rep(workspace, id, displayName, zone, manager, joinedAt, hours, newIdeal, reviewLinks);
    }

    /** The same rep with {@code link} for {@code site} (a label such as "G2"), or none when empty. */
    public Rep withReviewLink(String site, Optional<String> link) {
        Map<String, String> links = new TreeMap<>(reviewLinks);
        link.ifPresentOrElse(l -> links.put(site, l), () -> links.remove(site));
        return new Rep(workspace, id, displayName, zone, manager, joinedAt, hours, ideal, links);
    }
}
