package com.referralcoach.core.language;

import java.util.List;

/** Two or more things said in one message ("met Ann Lo - she introduced me to Bo Park"), carried out in order. */
public record Several(List<Command> commands) implements Command {
    public Several {
        commands = List.copyOf(commands);
        if (commands.size() < 2) {
            throw new IllegalArgumentException("several commands means at least two");
        }
        if (commands.stream().anyMatch(c -> c instanceof Several)) {
            throw new IllegalArgumentException("several commands are never nested");
        }
    }
}
