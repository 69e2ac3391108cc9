package com.referralcoach.app.bench;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;

/**
 * The script of the simulated week: which rep says what in which half hour. A working day has 16 half-hour steps
 * from 9:00; each rep sends 20 messages a day: 5 customer calls ("call with ... ends in 30 min about ...", so each
 * ask prompt falls due in the next step), the 5 asks two steps later, 2 referrals, their 2 leads contacted, and 6
 * reads (pipeline, who to ask, goals, reminders). Reps are spread over the Slack workspaces and Discord servers;
 * each workspace's first rep manages its one team, "Sales", whose digest goes out on Mondays at 9:00.
 */
final class SimulatedWeek {
    static final int STEPS_PER_DAY = 16;
    static final int MEETINGS_PER_DAY = 5;
    private static final int CUSTOMERS_PER_REP = 40;
    private static final String[] FIRST = {"Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Vela", "Orbit", "Hooli", "Umbra",
        "Stark", "Wayne", "Tyrell"};
    private static final String[] TOPICS = {"the Q3 rollout", "the payroll migration", "the renewal", "the pilot",
        "the onboarding"};
    private static final String[] READS = {"pipeline", "who to ask", "goals", "reminders", "pipeline", "who to ask"};

    /** One message of the script. */
    record Line(int rep, String text, boolean meeting) {
    }

    private final int reps;
    private final int slackWorkspaces;
    private final int discordServers;

    SimulatedWeek(int reps, int slackWorkspaces, int discordServers) {
        this.reps = reps;
        this.slackWorkspaces = slackWorkspaces;
        this.discordServers = discordServers;
    }

    int reps() {
        return reps;
    }

    int workspaces() {
        return slackWorkspaces + discordServers;
    }

    WorkspaceId workspaceOf(int rep) {
        int w = rep % workspaces();
        return new WorkspaceId(w < slackWorkspaces ? String.format("T%08d", w)
                : String.format("%018d", 900_000_000_000_000_000L + w));
    }

    RepId repId(int rep) {
        return new RepId(workspaceOf(rep).value().startsWith("T") ? "U" + rep : String.valueOf(100_000 + rep));
    }

    String repName(int rep) {
        return "Rep " + rep;
    }

    /** The setup messages of a workspace's manager, sent as a workspace admin: a manager, a team, its digest. */
    List<String> teamSetup(int workspace) {
        List<String> lines = new ArrayList<>();
        lines.add("make @me a manager");
        List<String> members = new ArrayList<>();
        for (int rep = workspace; rep < reps; rep += workspaces()) {
            members.add("@" + repId(rep).value());
        }
        for (int from = 0; from < members.size(); from += 20) {
            String chunk = String.join(" ", members.subList(from, Math.min(members.size(), from + 20)));
            lines.add(from == 0 ? "team Sales: " + chunk : "add " + chunk + " to team Sales");
        }
        lines.add("digest Sales to #sales every monday 9:00");
        return lines;
    }

    /** What rep {@code rep} says in step {@code step} of day {@code day}, in order. */
    List<Line> say(int rep, int day, int step) {
        List<Line> lines = new ArrayList<>();
        if (step % 3 == 0 && step / 3 < MEETINGS_PER_DAY) {
            int k = step / 3;
            lines.add(new Line(rep, "call with " + customer(rep, day, k) + " at " + company(rep, day, k)
                    + " ends in 30 min about " + TOPICS[(day + k) % TOPICS.length], true));
        }
        if (step % 3 == 2 && step / 3 < MEETINGS_PER_DAY) {
            lines.add(new Line(rep, "asked " + customer(rep, day, step / 3) + " - they'll think about it", false));
        }
        if (step == 1 || step == 7) {
            int j = step == 1 ? 0 : 1;
            lines.add(new Line(rep, customer(rep, day, j * 2) + " referred " + lead(rep, day, j) + " at "
                    + COMPANIES[(rep + day + j + 3) % COMPANIES.length], false));
        }
        if (step == 4 || step == 10) {
            lines.add(new Line(rep, lead(rep, day, step == 4 ? 0 : 1) + " contacted", false));
        }
        int read = List.of(0, 6, 9, 12, 13, 15).indexOf(step);
        if (read >= 0) {
            lines.add(new Line(rep, READS[read], false));
        }
        return lines;
    }

    private String customer(int rep, int day, int meeting) {
        int c = (day * MEETINGS_PER_DAY + meeting) % CUSTOMERS_PER_REP;
        int n = rep * CUSTOMERS_PER_REP + c;
        return FIRST[n % FIRST.length] + " Q" + letters(n, 4);
    }

    private String company(int rep, int day, int meeting) {
        return COMPANIES[(rep + (day * MEETINGS_PER_DAY + meeting) % CUSTOMERS_PER_REP) % COMPANIES.length];
    }

    private String lead(int rep, int day, int j) {
        return FIRST[(rep + j) % FIRST.length] + " Z" + letters(rep * 20 + day * 2 + j, 4);
    }

    /** A base-26 tail that is no English word after a "Q" or a "Z". */
    private static String letters(int n, int width) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        for (int i = 0; i < width; i++) {
            s.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        }
        return s.toString();
    }
}
