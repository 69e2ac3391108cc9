package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.language.AppointManager;
import com.referralcoach.core.language.ChangeTeam;
import com.referralcoach.core.language.FormTeam;
import com.referralcoach.core.language.SetTeamManager;
import com.referralcoach.core.language.SetTeamZone;
import com.referralcoach.core.language.ShowTeams;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.reply.Reply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Teams and roles: admins name managers; managers form teams, name their manager and set their zone. */
final class TeamHandler {
    private final TeamRoster teams;
    private final DigestLog digests;
    private final Roles roles;
    private final TeamIdeals ideals;

    TeamHandler(TeamRoster teams, DigestLog digests, Roles roles, TeamIdeals ideals) {
        this.teams = teams;
        this.digests = digests;
        this.roles = roles;
        this.ideals = ideals;
    }

    CommandHandler<AppointManager> appoint() {
        return (command, c) -> {
            if (!c.admin()) {
                return Reply.of("Sorry, only a workspace admin can " + (command.appoint() ? "make someone a manager"
                        : "remove a manager") + ". Ask the admin of this workspace.");
            }
            RepId who = Roles.idOf(c, command.handle());
            if (command.appoint()) {
                teams.appoint(c.workspace(), who);
                return Reply.of("Saved: " + roles.label(c, who) + " is a manager. Managers form teams (\"team East:"
                        + " @ana @ben\"), set team goals and schedule digests.");
            }
            return Reply.of(teams.dismiss(c.workspace(), who) ? "Saved: " + roles.label(c, who) + " is no longer a"
                    + " manager." : roles.label(c, who) + " wasn't a manager. Nothing changed.");
        };
    }

    CommandHandler<FormTeam> form() {
        return (command, c) -> {
            Optional<Team> existing = teams.find(c.workspace(), Team.keyOf(command.team()));
            if (!roles.canManage(c)) {
                return roles.refuse(c, "form or change teams", existing);
            }
            Set<RepId> members = ids(c, command.members());
            Team team = existing.map(t -> t.withMembers(members)).orElseGet(() -> new Team(c.workspace(),
                    command.team(), members, Optional.of(c.rep().id()), c.rep().zone()));
            save(team);
            return Reply.of("Saved: team " + team.name() + " is " + names(c, team.members()) + ". Manager: "
                    + team.manager().map(m -> roles.label(c, m)).orElse("none") + "; weeks run in "
                    + team.zone().getId() + ".");
        };
    }

    CommandHandler<ChangeTeam> change() {
        return (command, c) -> withTeam(c, command.team(), "change teams", team -> {
            Set<RepId> members = new LinkedHashSet<>(team.members());
            Set<RepId> named = ids(c, command.members());
            if (command.joining()) {
                members.addAll(named);
            } else {
                members.removeAll(named);
            }
            Team changed = team.withMembers(members);
            save(changed);
            if (!command.joining()) {
                ideals.left(team, named);
            }
            return Reply.of("Saved: team " + changed.name() + " is now " + names(c, changed.members()) + ".");
        });
    }

    CommandHandler<SetTeamManager> manager() {
        return (command, c) -> withTeam(c, command.team(), "name a team's manager", team -> {
            RepId manager = Roles.idOf(c, command.manager());
            teams.save(team.withManager(manager));
            return Reply.of("Saved: " + roles.label(c, manager) + " manages team " + team.name() + ".");
        });
    }

    CommandHandler<SetTeamZone> zone() {
        return (command, c) -> withTeam(c, command.team(), "change a team's time zone", team -> {
            teams.save(team.withZone(command.zone()));
            return Reply.of("Saved: team " + team.name() + "'s weeks and digests run in " + command.zone().getId()
                    + ".");
        });
    }

    CommandHandler<ShowTeams> list() {
        return (command, c) -> {
            List<Team> all = teams.all(c.workspace());
            if (all.isEmpty()) {
                return Reply.of("No teams yet. A manager forms one: \"team East: @ana @ben @cy\".");
            }
            return Reply.of(all.stream().map(t -> "Team " + t.name() + " (" + t.zone().getId() + "): "
                    + names(c, t.members()) + "; manager " + t.manager().map(m -> roles.label(c, m)).orElse("none")
                    + digests.find(c.workspace(), t.key()).map(d -> "; digest to #" + d.channel().label() + " every "
                    + d.day().name().charAt(0) + d.day().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    + " " + d.time()).orElse("; no digest")).collect(Collectors.joining("\n")));
        };
    }

    /** Runs {@code change} on the named team when the sender may, else refuses or says there is no such team. */
    Reply withTeam(Conversation c, String name, String what, java.util.function.Function<Team, Reply> change) {
        Optional<Team> team = teams.find(c.workspace(), Team.keyOf(name));
        if (!roles.canManage(c)) {
            return roles.refuse(c, what, team);
        }
        return team.map(change).orElseGet(() -> Reply.of("There is no team " + name + ". Form it first: \"team "
                + name + ": @ana @ben\"."));
    }

    /** A rep is in one team: saving a team takes its members out of any other. */
    private void save(Team team) {
        for (Team other : teams.all(team.workspace())) {
            if (!other.key().equals(team.key()) && other.members().stream().anyMatch(team.members()::contains)) {
                Set<RepId> left = new LinkedHashSet<>(other.members());
                left.removeAll(team.members());
                teams.save(other.withMembers(left));
                ideals.left(other, team.members());
            }
        }
        teams.save(team);
        ideals.follow(team);
    }

    private static Set<RepId> ids(Conversation c, List<String> handles) {
        return handles.stream().map(h -> Roles.idOf(c, h)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String names(Conversation c, Set<RepId> members) {
        return members.isEmpty() ? "empty" : members.stream().map(m -> roles.label(c, m)).sorted()
                .collect(Collectors.joining(", "));
    }
}
