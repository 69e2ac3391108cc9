package com.referralcoach.core.engine;

import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.RepRoster;
import java.util.Collection;
import java.util.Optional;

/**
 * Keeps each rep's ideal referral in step with their team's default, unless they described their own. Reps who
 * have not written to the bot yet get it when they first do.
 */
final class TeamIdeals {
    private final RepRoster reps;

    TeamIdeals(RepRoster reps) {
        this.reps = reps;
    }

    /** Every member without an ideal of their own takes {@code team}'s default (or loses the old team's). */
    void follow(Team team) {
        Optional<IdealReferral> given = team.ideal().map(who -> new IdealReferral(who, Optional.of(team.name())));
        for (RepId member : team.members()) {
            reps.find(team.workspace(), member)
                    .filter(rep -> rep.ideal().isEmpty() || rep.ideal().get().fromTeam())
                    .filter(rep -> !rep.ideal().equals(given))
                    .ifPresent(rep -> reps.save(rep.withIdeal(given)));
        }
    }

    /** Members who left {@code team} keep no default of it. */
    void left(Team team, Collection<RepId> gone) {
        for (RepId member : gone) {
            reps.find(team.workspace(), member)
                    .filter(rep -> rep.ideal().flatMap(IdealReferral::team).filter(team.name()::equals).isPresent())
                    .ifPresent(rep -> reps.save(rep.withIdeal(Optional.empty())));
        }
    }

    /** The ideal a rep falls back to when they clear their own: their team's, if it has one. */
    static Optional<IdealReferral> fallback(Optional<Team> team) {
        return team.flatMap(t -> t.ideal().map(who -> new IdealReferral(who, Optional.of(t.name()))));
    }

    static String described(Rep rep) {
        return rep.ideal().map(i -> i.who() + i.team().map(t -> " (team " + t + "'s default)").orElse(""))
                .orElse("not described yet");
    }
}
