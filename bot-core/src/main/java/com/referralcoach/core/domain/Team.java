package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sales team in a workspace: its name ("East"), its reps, the manager who reads its digest, and the time
 * zone its weeks and digests run in. {@link #key()} is the name folded for lookups ("east").
 */
public record Team(WorkspaceId workspace, String name, Set<RepId> members, Optional<RepId> manager, ZoneId zone,
                   Optional<String> ideal) {
    public static final int LONGEST_NAME = 40;

    /** A team with no default ideal referral for its members. */
    public Team(WorkspaceId workspace, String name, Set<RepId> members, Optional<RepId> manager, ZoneId zone) {
        this(workspace, name, members, manager, zone, Optional.empty());
    }

    public Team {
        Objects.requireNonNull(ideal, "ideal");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(zone, "zone");
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw new ReferralCoachException("a team name has 1-" + LONGEST_NAME + " characters");
        }
        members = Set.copyOf(members);
    }

    /** The lookup key of a team name: case and accents folded, inner spaces single. */
    public static String keyOf(String name) {
        return PersonName.keyOf(name).toLowerCase(Locale.ROOT);
    }

    public String key() {
        return keyOf(name);
    }

    public Team withMembers(Set<RepId> newMembers) {
        return new Team(workspace, name, newMembers, manager, zone, ideal);
    }

    public Team withManager(RepId newManager) {
        return new Team(workspace, name, members, Optional.of(newManager), zone, ideal);
    }

    public Team withZone(ZoneId newZone) {
        return new Team(workspace, name, members, manager, newZone, ideal);
    }

    /** The ideal referral its members get unless they describe their own. */
    public Team withIdeal(Optional<String> newIdeal) {
        return new Team(workspace, name, members, manager, zone, newIdeal);
    }
}
