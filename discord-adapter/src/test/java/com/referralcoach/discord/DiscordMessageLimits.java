package com.referralcoach.discord;

import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * What Discord refuses in a message a bot sends (400, code 50035 "Invalid Form Body"): content over 2,000
 * characters, more than 10 embeds, an embed title over 256, description over 4,096, more than 25 fields, a field
 * name over 256 or value over 1,024, and over 6,000 characters in all the embeds together.
 */
final class DiscordMessageLimits {
    static final int CONTENT = 2_000;
    static final int EMBEDS = 10;
    static final int TITLE = 256;
    static final int DESCRIPTION = 4_096;
    static final int FIELDS = 25;
    static final int FIELD_NAME = 256;
    static final int FIELD_VALUE = 1_024;
    static final int EMBEDS_TEXT = 6_000;

    private DiscordMessageLimits() {
    }

    /** Which limit the message (as sent, or as Discord stored it) breaks, if any. */
    static Optional<String> broken(DataObject message) {
        if (message.getString("content", "").length() > CONTENT) {
            return Optional.of("content is longer than " + CONTENT);
        }
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        if (embeds.length() > EMBEDS) {
            return Optional.of("more than " + EMBEDS + " embeds");
        }
        int total = 0;
        for (int i = 0; i < embeds.length(); i++) {
            DataObject embed = embeds.getObject(i);
            String title = embed.getString("title", "");
            String description = embed.getString("description", "");
            DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
            if (title.length() > TITLE || description.length() > DESCRIPTION || fields.length() > FIELDS) {
                return Optional.of("embed " + i + " has a title, description or field count over its limit");
            }
            total += title.length() + description.length()
                    + embed.optObject("footer").map(f -> f.getString("text", "").length()).orElse(0)
                    + embed.optObject("author").map(a -> a.getString("name", "").length()).orElse(0);
            for (int j = 0; j < fields.length(); j++) {
                String name = fields.getObject(j).getString("name", "");
                String value = fields.getObject(j).getString("value", "");
                if (name.length() > FIELD_NAME || value.length() > FIELD_VALUE) {
                    return Optional.of("embed " + i + " field " + j + " is over its limit");
                }
                total += name.length() + value.length();
            }
        }
        return total > EMBEDS_TEXT ? Optional.of("embeds hold more than " + EMBEDS_TEXT + " characters")
                : Optional.empty();
    }
}
