package com.referralcoach.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Optional;

/**
 * What Slack refuses in a chat.postMessage, chat.update or chat.postEphemeral, with the error code it answers:
 * text over 40,000 characters (msg_too_long), more than 50 blocks or a section text over 3,000 (invalid_blocks),
 * and blocks holding more than about 12,000 characters of text in all (msg_blocks_too_long: not in Slack's
 * reference, reported in slackapi/bolt-js#2509 and #2867).
 */
final class SlackMessageLimits {
    static final int TEXT = 40_000;
    static final int BLOCKS = 50;
    static final int SECTION_TEXT = 3_000;
    static final int BLOCKS_TEXT = 12_000;

    private SlackMessageLimits() {
    }

    /** The error Slack would answer to a message with these parameters, if any. */
    static Optional<String> broken(Map<String, String> params) {
        if (params.getOrDefault("text", "").length() > TEXT) {
            return Optional.of("msg_too_long");
        }
        String blocks = params.getOrDefault("blocks", "");
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        var all = JsonParser.parseString(blocks).getAsJsonArray();
        if (all.size() > BLOCKS) {
            return Optional.of("invalid_blocks");
        }
        for (JsonElement block : all) {
            var section = block.getAsJsonObject();
            if ("section".equals(section.get("type").getAsString()) && section.has("text")
                    && section.getAsJsonObject("text").get("text").getAsString().length() > SECTION_TEXT) {
                return Optional.of("invalid_blocks");
            }
        }
        return textIn(all) > BLOCKS_TEXT ? Optional.of("msg_blocks_too_long") : Optional.empty();
    }

    /** Every character of text the blocks hold: section texts, fields, context elements, button labels. */
    static int textIn(JsonElement json) {
        int total = 0;
        if (json.isJsonArray()) {
            for (JsonElement element : json.getAsJsonArray()) {
                total += textIn(element);
            }
        } else if (json.isJsonObject()) {
            for (var entry : json.getAsJsonObject().entrySet()) {
                JsonElement value = entry.getValue();
                boolean text = entry.getKey().equals("text") && value.isJsonPrimitive();
                total += text ? value.getAsString().length() : textIn(value);
            }
        }
        return total;
    }
}
