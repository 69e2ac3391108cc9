package com.referralcoach.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says: one or two short lines of plain text (never markup; adapters escape it),
 * optional label/value fields, and actions the rep can take next.
 */
public record Reply(String text, List<Field> fields, List<SuggestedAction> actions) {
    public Reply {
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), List.of());
    }

    /** Answers to several things said in one message, one after the other, with all their fields and actions. */
    public static Reply joined(List<Reply> replies) {
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        return new Reply(String.join("\n\n", replies.stream().map(Reply::text).toList()),
                replies.stream().flatMap(r -> r.fields().stream()).toList(),
                replies.stream().flatMap(r -> r.actions().stream()).distinct().toList());
    }

    public Reply withActions(List<SuggestedAction> more) {
        return new Reply(text, fields, more);
    }

    public Reply withFields(List<Field> more) {
        return new Reply(text, more, actions);
    }
}
