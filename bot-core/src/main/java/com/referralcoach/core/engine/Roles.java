package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.reply.Reply;

import java.util.Optional;

/** Who may change teams, team goals and digests (managers and workspace admins), and the polite no for others. */
final class Roles {
    private final TeamRoster teams;
    private final RepRoster reps;

    Roles(TeamRoster teams, RepRoster reps) {
        this.teams = teams;
        this.reps = reps;
    }

    boolean canManage(Conversation c) {
        return c.admin() || teams.isManager(c.workspace(), c.rep().id());
    }

    /** "Only managers and workspace admins can change teams. Team East's manager is Dana; ...". */
    Reply refuse(Conversation c, String what, Optional<Team> team) {
        String who = team.flatMap(Team::manager)
                .map(m -> " " + team.get().name() + "'s manager is " + label(c, m) + ".")
                .orElse("");
        return Reply.of("Sorry, only managers and workspace admins can " + what + "." + who
                + " A workspace admin can make someone a manager: \"make @dana a manager\".");
    }

    /** A rep's name if they have used the bot, else their handle. */
    String label(Conversation c, RepId rep) {
        return reps.find(c.workspace(), rep).map(r -> r.displayName()).orElse("@" + rep.value());
    }

    /** The rep id a handle names; "me" is the sender. */
    static RepId idOf(Conversation c, String handle) {
        return handle.equalsIgnoreCase("me") ? c.rep().id() : new RepId(handle);
    }
}
