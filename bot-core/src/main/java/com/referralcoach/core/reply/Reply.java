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

    public Reply withActions(List<SuggestedAction> more) {
        return new Reply(text, fields, more);
    }

    public Reply withFields(List<Field> more) {
        return new Reply(text, more, actions);
    }
}
