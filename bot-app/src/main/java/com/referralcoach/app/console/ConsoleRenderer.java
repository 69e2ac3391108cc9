package com.referralcoach.app.console;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.stream.Collectors;

/**
 * Renders a reply as plain terminal lines; suggested actions become numbered lines the rep can type, or pick by
 * their number.
 */
final class ConsoleRenderer {
    private ConsoleRenderer() {
    }

    static String render(Reply reply) {
        StringBuilder out = new StringBuilder(reply.text());
        for (Field field : reply.fields()) {
            out.append("\n  ").append(field.label()).append(": ").append(field.value());
        }
        if (!reply.actions().isEmpty()) {
            out.append("\n  Reply with: ").append(java.util.stream.IntStream.range(0, reply.actions().size())
                    .mapToObj(i -> (i + 1) + " " + suggestion(reply.actions().get(i)))
                    .collect(Collectors.joining("  |  ")));
        }
        return out.toString();
    }

    private static String suggestion(SuggestedAction action) {
        return action.complete() ? "\"" + action.message() + "\"" : "\"" + action.message().stripTrailing() + " …\"";
    }
}
