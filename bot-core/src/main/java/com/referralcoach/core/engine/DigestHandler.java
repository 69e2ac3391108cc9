package com.referralcoach.core.engine;

import com.referralcoach.core.digest.DigestBuilder;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.digest.Period;
import com.referralcoach.core.domain.DigestSchedule;

import com.referralcoach.core.language.DigestNow;
import com.referralcoach.core.language.ScheduleDigest;
import com.referralcoach.core.language.StopDigest;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.reply.Reply;

import java.util.Locale;
import java.util.Optional;

/** The weekly digest: managers schedule it to a channel, stop it, or see it now. */
final class DigestHandler {
    private final DigestLog digests;
    private final DigestBuilder builder;
    private final TeamHandler teams;
    private final DigestRequests requests;

    DigestHandler(DigestLog digests, DigestBuilder builder, TeamHandler teams, DigestRequests requests) {
        this.digests = digests;
        this.builder = builder;
        this.teams = teams;
        this.requests = requests;
    }

    CommandHandler<ScheduleDigest> schedule() {
        return (command, c) -> teams.withTeam(c, command.team(), "schedule digests", team -> {
            DigestSchedule schedule = new DigestSchedule(c.workspace(), team.key(), command.channel(), command.day(),
                    command.time());
            digests.save(schedule);
            if (!c.instant().isBefore(DigestDesk.dueThisWeek(schedule, team, c.instant()))) {
                // This week's time has passed already: the first digest is next week's, not one posted at once.
                digests.posted(c.workspace(), team.key(), Period.mondayOf(
                        c.instant().atZone(team.zone()).toLocalDate()));
            }
            return Reply.of("Saved: team " + team.name() + "'s digest goes to #" + command.channel().label()
                    + " every " + day(schedule) + " at " + schedule.time() + " (" + team.zone().getId()
                    + "), with a chart. See it any time: \"digest " + team.name() + " now\".");
        });
    }

    CommandHandler<StopDigest> stop() {
        return (command, c) -> teams.withTeam(c, command.team(), "stop digests", team -> Reply.of(
                digests.remove(c.workspace(), team.key())
                        ? "Stopped: team " + team.name() + " gets no more weekly digest."
                        : "Team " + team.name() + " had no weekly digest. Nothing changed."));
    }

    CommandHandler<DigestNow> now() {
        return (command, c) -> teams.withTeam(c, command.team(), "see a team's digest", team -> {
            Reply digest = builder.build(team, c.instant()).message();
            Optional<DigestSchedule> schedule = digests.find(c.workspace(), team.key());
            String posting = schedule.isPresent() && requests.postNow(c.workspace(), team.key())
                    ? "Posting it with the chart to #" + schedule.get().channel().label() + " now."
                    : schedule.isPresent() ? "It goes to #" + schedule.get().channel().label() + " with the chart on "
                    + day(schedule.get()) + "."
                    : "To post it with a chart every week: \"digest " + team.name() + " to #channel every monday 9:00\".";
            return new Reply(digest.text() + "\n" + posting, digest.fields(), digest.actions());
        });
    }

    private static String day(DigestSchedule schedule) {
        String name = schedule.day().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
