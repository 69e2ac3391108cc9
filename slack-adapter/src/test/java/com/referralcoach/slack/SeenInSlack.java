package com.referralcoach.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a person reads in a message the bot posted: the text of its blocks, with Slack's entities decoded and the
 * zero-width spaces that keep formatting marks literal taken out.
 */
public final class SeenInSlack {
    private SeenInSlack() {
    }

    /**
     * The sections' text run together as the renderer split it (each section ends where the next begins), then
     * every field and context line on a line of its own.
     */
    public static String text(FakeSlackApi.Call post) {
        StringBuilder seen = new StringBuilder();
        for (JsonElement element : JsonParser.parseString(post.param("blocks")).getAsJsonArray()) {
            JsonObject block = element.getAsJsonObject();
            if (block.has("text")) {
                seen.append(block.getAsJsonObject("text").get("text").getAsString());
            }
            for (String list : new String[] {"fields", "elements"}) {
                if (block.has(list)) {
                    block.getAsJsonArray(list).forEach(item -> {
                        JsonElement text = item.getAsJsonObject().get("text");
                        if (text != null && text.isJsonPrimitive()) {
                            seen.append('\n').append(text.getAsString());
                        }
                    });
                }
            }
        }
        return decoded(seen.toString());
    }

    public static String decoded(String mrkdwn) {
        return mrkdwn.replace("\u200B", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
