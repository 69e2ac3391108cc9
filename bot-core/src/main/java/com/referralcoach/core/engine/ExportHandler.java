package com.referralcoach.core.engine;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.export.ExportArchive;
import com.referralcoach.core.export.ExportCounts;
import com.referralcoach.core.export.ExportScope;
import com.referralcoach.core.language.ExportData;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.RepRecords;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.reply.Reply;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "export": the rep's data as a zip handed over through {@link ExportFiles}; "export team East": the team's reps', for
 * managers and admins. The zip is written straight into the platform's stream; nothing is stored.
 */
final class ExportHandler implements CommandHandler<ExportData> {
    private static final Logger log = LoggerFactory.getLogger(ExportHandler.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

    private final RepRoster reps;
    private final TeamRoster teams;
    private final Roles roles;
    private final ExportFiles files;
    private final ExportArchive archive;

    ExportHandler(RepRoster reps, TeamRoster teams, Roles roles, ExportFiles files, RepRecords records) {
        this.reps = reps;
        this.teams = teams;
        this.roles = roles;
        this.files = files;
        this.archive = new ExportArchive(records);
    }

    @Override
    public Reply handle(ExportData command, Conversation c) {
        if (!files.serves(c.workspace())) {
            return Reply.of("I can't send you files here yet. Exports work in the terminal chat for now.");
        }
        if (command.team().isEmpty()) {
            ExportScope mine = new ExportScope(c.workspace(), List.of(c.rep()), Set.of(GoalOwner.rep(c.rep().id())),
                    c.instant(), c.rep().zone());
            return export(c, mine, "referral-coach-export-" + DAY.format(c.now()) + ".zip", "your data");
        }
        String name = command.team().get();
        Optional<Team> team = teams.find(c.workspace(), Team.keyOf(name));
        if (!roles.canManage(c)) {
            return roles.refuse(c, "export a team's data", team);
        }
        if (team.isEmpty()) {
            return Reply.of("There is no team " + name + ". Say \"teams\" to see them.");
        }
        if (team.get().members().isEmpty()) {
            return Reply.of("Team " + team.get().name() + " has no reps yet, so there is nothing to export.");
        }
        return export(c, teamScope(c, team.get()), "referral-coach-team-" + slug(team.get().name()) + "-"
                + DAY.format(c.now()) + ".zip", "team " + team.get().name() + "'s data");
    }

    private ExportScope teamScope(Conversation c, Team team) {
        List<Rep> members = team.members().stream().sorted(java.util.Comparator.comparing(RepId::value))
                .map(id -> reps.find(c.workspace(), id).orElseGet(() -> new Rep(c.workspace(), id, id.value(),
                        team.zone(), Optional.empty(), c.instant()))).toList();
        Set<GoalOwner> owners = new HashSet<>();
        members.forEach(rep -> owners.add(GoalOwner.rep(rep.id())));
        owners.add(GoalOwner.team(team));
        return new ExportScope(c.workspace(), members, owners, c.instant(), c.rep().zone());
    }

    private Reply export(Conversation c, ExportScope scope, String fileName, String whose) {
        ExportCounts[] counts = new ExportCounts[1];
        String where;
        try {
            where = files.deliver(c.workspace(), c.rep().id(), fileName, out -> counts[0] = archive.write(scope, out));
        } catch (ReferralCoachException e) {
            log.warn("Could not deliver an export in workspace {} to rep {}", c.workspace(), c.rep().id(), e);
            return Reply.of("Sorry, I couldn't hand you the export: " + e.getMessage() + ". Nothing was saved.");
        }
        ExportCounts n = counts[0];
        return Reply.of("Exported " + whose + ": " + count(n.contacts(), "contact") + ", "
                + count(n.meetings(), "meeting") + ", " + count(n.asks(), "ask") + ", "
                + count(n.referrals(), "referral") + ", " + count(n.reminders(), "reminder") + ", "
                + count(n.goals(), "goal") + ", " + count(n.events(), "relationship event") + ", "
                + count(n.business(), "business record") + " (a CSV of each and "
                + ExportArchive.JSON + " with everything). " + where + ".");
    }

    static String count(long n, String what) {
        return String.format(Locale.US, "%,d", n) + " " + what + (n == 1 ? "" : "s");
    }

    private static String slug(String team) {
        String slug = PersonName.keyOf(team).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "team" : slug;
    }
}
