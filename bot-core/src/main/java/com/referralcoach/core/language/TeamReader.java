package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads teams and roles: "team East: @ana @ben", "add @dan to team East", "remove @ben from team East",
 * "manager of East: @dana", "team East tz America/New_York", "make @dana a manager", "remove @dana as manager",
 * "teams".
 */
final class TeamReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final String NAME = "([\\p{L}\\p{N}][\\p{L}\\p{N} &'._-]{0,39}?)";
    private static final Pattern FORM = Pattern.compile("^(?:create\\s+|new\\s+)?team\\s+" + NAME + "\\s*[:=]\\s*(.*)$", FLAGS);
    private static final Pattern JOIN = Pattern.compile("^add\\s+(.+?)\\s+to\\s+(?:the\\s+)?team\\s+" + NAME + "$", FLAGS);
    private static final Pattern LEAVE = Pattern.compile("^remove\\s+(.+?)\\s+from\\s+(?:the\\s+)?team\\s+" + NAME + "$",
            FLAGS);
    private static final Pattern MANAGER_OF = Pattern.compile(
            "^(?:set\\s+)?manager\\s+(?:of|for)\\s+(?:team\\s+)?" + NAME + "\\s*(?:[:=]|\\s+is|\\s+to)\\s*(.*)$", FLAGS);
    private static final Pattern ZONE = Pattern.compile("^team\\s+" + NAME + "\\s+(?:tz|time\\s*zone)\\s*[:=]?\\s*(.*)$",
            FLAGS);
    private static final Pattern APPOINT = Pattern.compile("^make\\s+(\\S+)\\s+(?:a\\s+)?manager$", FLAGS);
    private static final Pattern DISMISS = Pattern.compile(
            "^(?:remove|dismiss)\\s+(\\S+)\\s+as\\s+(?:a\\s+)?manager$|^make\\s+(\\S+)\\s+(?:a\\s+)?rep$", FLAGS);
    private static final Pattern TEAMS = Pattern.compile("^(?:show\\s+|list\\s+)?(?:the\\s+|my\\s+)?teams?$", FLAGS);
    private final ZoneNames zones;

    TeamReader(ZoneNames zones) {
        this.zones = zones;
    }

    Optional<Command> read(String text) {
        if (TEAMS.matcher(text).matches()) {
            return Optional.of(new ShowTeams());
        }
        Matcher m;
        if ((m = FORM.matcher(text)).matches()) {
            String team = m.group(1);
            return Optional.of(RepHandles.list(m.group(2), GoalCommands.TEAM).toCommand(ids -> new FormTeam(team, ids)));
        }
        if ((m = JOIN.matcher(text)).matches() || (m = LEAVE.matcher(text)).matches()) {
            String team = m.group(2);
            boolean joining = text.regionMatches(true, 0, "add", 0, 3);
            return Optional.of(RepHandles.list(m.group(1), "add @dan to team East")
                    .toCommand(ids -> new ChangeTeam(team, ids, joining)));
        }
        if ((m = MANAGER_OF.matcher(text)).matches()) {
            String team = m.group(1);
            String who = m.group(2);
            return Optional.of(RepHandles.one(who).<Command>map(id -> new SetTeamManager(team, id))
                    .orElseGet(() -> new Invalid("Mention the manager with @.", GoalCommands.TEAM_MANAGER)));
        }
        if ((m = ZONE.matcher(text)).matches()) {
            String team = m.group(1);
            String typed = m.group(2);
            return Optional.of(zones.find(typed).<Command>map(zone -> new SetTeamZone(team, zone))
                    .orElseGet(() -> new Invalid("I don't know the time zone '" + shorten(typed) + "'. Did you mean "
                            + zones.closest(typed) + "?", "team East tz America/New_York")));
        }
        if ((m = APPOINT.matcher(text)).matches()) {
            return Optional.of(appoint(m.group(1), true));
        }
        if ((m = DISMISS.matcher(text)).matches()) {
            return Optional.of(appoint(m.group(1) != null ? m.group(1) : m.group(2), false));
        }
        return Optional.empty();
    }

    private static Command appoint(String who, boolean appoint) {
        return RepHandles.one(who).<Command>map(id -> new AppointManager(id, appoint))
                .orElseGet(() -> new Invalid("Mention the person with @.", GoalCommands.APPOINT));
    }

    static String shorten(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) + "..." : typed;
    }
}
