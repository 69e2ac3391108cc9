package com.referralcoach.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Slack's own payload shapes, as Slack sends them, for the tests to feed the app. */
public final class SlackPayloads {
    private SlackPayloads() {
    }

    /** An Events API callback: a DM from {@code user} (text in Slack's escaped form). */
    public static JsonObject directMessage(String team, String user, String text, String eventId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel_type", "im");
        event.addProperty("channel", "D" + user);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", "1700000001.000100");
        event.addProperty("event_ts", "1700000001.000100");
        event.addProperty("team", team);
        return callback(team, event, eventId);
    }

    /** A DM with a file attached (subtype file_share), as Slack sends it; {@code text} may be empty. */
    static JsonObject fileShare(String team, String user, String text, String eventId) {
        return fileShare(team, user, text, eventId, "F0FILE1", "leads.csv", "text/csv", "csv", 1234);
    }

    /** A DM sharing one file, described as Slack describes it in the event (files.info says the rest). */
    static JsonObject fileShare(String team, String user, String text, String eventId, String fileId, String name,
                                String mimetype, String filetype, long size) {
        JsonObject payload = directMessage(team, user, text, eventId);
        JsonObject event = payload.getAsJsonObject("event");
        event.addProperty("subtype", "file_share");
        event.addProperty("upload", false);
        event.addProperty("display_as_bot", false);
        JsonObject file = new JsonObject();
        file.addProperty("id", fileId);
        file.addProperty("created", 1_700_000_001);
        file.addProperty("timestamp", 1_700_000_001);
        file.addProperty("name", name);
        file.addProperty("title", name);
        file.addProperty("mimetype", mimetype);
        file.addProperty("filetype", filetype);
        file.addProperty("user", user);
        file.addProperty("user_team", team);
        file.addProperty("size", size);
        file.addProperty("mode", "hosted");
        file.addProperty("is_external", false);
        file.addProperty("url_private", "https://files.slack.com/files-pri/" + team + "-" + fileId + "/" + name);
        file.addProperty("url_private_download", "https://files.slack.com/files-pri/" + team + "-" + fileId
                + "/download/" + name);
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        return payload;
    }

    /** A reply in a thread of the DM also sent to the conversation (subtype thread_broadcast). */
    static JsonObject threadBroadcast(String team, String user, String text, String eventId) {
        JsonObject payload = directMessage(team, user, text, eventId);
        JsonObject event = payload.getAsJsonObject("event");
        event.addProperty("subtype", "thread_broadcast");
        event.addProperty("thread_ts", "1700000000.000050");
        JsonObject root = new JsonObject();
        root.addProperty("type", "message");
        root.addProperty("user", user);
        root.addProperty("text", "earlier");
        root.addProperty("ts", "1700000000.000050");
        root.addProperty("thread_ts", "1700000000.000050");
        event.add("root", root);
        return payload;
    }

    /** An event of {@code type} with no more fields than Slack gives it (app_uninstalled, tokens_revoked). */
    static JsonObject appEvent(String team, String type, JsonObject fields, String eventId) {
        JsonObject event = fields.deepCopy();
        event.addProperty("type", type);
        return callback(team, event, eventId);
    }

    static JsonObject mention(String team, String user, String channel, String text, String threadTs, String eventId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("channel", channel);
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", "1700000002.000200");
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        event.addProperty("event_ts", "1700000002.000200");
        return callback(team, event, eventId);
    }

    static JsonObject homeOpened(String team, String user, String eventId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", user);
        event.addProperty("channel", "D" + user);
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000003.000300");
        return callback(team, event, eventId);
    }

    /** A slash command's fields (form fields over HTTP, a JSON object in Socket Mode). */
    static Map<String, String> command(String team, String user, String text, String responseUrl) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("token", "legacy");
        fields.put("team_id", team);
        fields.put("team_domain", "fake");
        fields.put("channel_id", "C0SALES");
        fields.put("channel_name", "sales");
        fields.put("user_id", user);
        fields.put("user_name", "rep");
        fields.put("command", "/coach");
        fields.put("text", text);
        fields.put("api_app_id", "AFAKE1");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return fields;
    }

    static JsonObject json(Map<String, String> fields) {
        JsonObject json = new JsonObject();
        fields.forEach(json::addProperty);
        return json;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** A click on the button {@code actionId} of a message the bot posted ({@code blocks} as Slack sends them). */
    static JsonObject click(String team, String user, String channel, String ts, String blocksJson, String actionId) {
        JsonArray blocks = JsonParser.parseString(blocksJson).getAsJsonArray();
        JsonObject button = null;
        String blockId = null;
        for (var block : blocks) {
            JsonObject b = block.getAsJsonObject();
            if ("actions".equals(b.get("type").getAsString())) {
                for (var element : b.getAsJsonArray("elements")) {
                    if (element.getAsJsonObject().get("action_id").getAsString().equals(actionId)) {
                        button = element.getAsJsonObject();
                        blockId = b.get("block_id").getAsString();
                    }
                }
            }
        }
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.add("text", button.get("text"));
        action.addProperty("value", button.get("value").getAsString());
        action.addProperty("action_ts", "1700000009.000900");
        JsonObject payload = interaction("block_actions", team, user);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", ts);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.addProperty("trigger_id", "13345224609.738474920.8088930838d88f008e1");
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        payload.add("channel", ch);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", ts);
        message.addProperty("bot_id", "BBOT0001");
        message.add("blocks", blocks);
        payload.add("message", message);
        payload.addProperty("response_url", "http://127.0.0.1:1/unused");
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    /** A click from an org-wide install: no team, the organisation set, the user's own workspace in user.team_id. */
    static JsonObject orgWideClick(String enterprise, String userTeam, String user, String channel, String ts,
                                   String blocksJson, String actionId) {
        JsonObject payload = click(userTeam, user, channel, ts, blocksJson, actionId);
        payload.add("team", com.google.gson.JsonNull.INSTANCE);
        JsonObject org = new JsonObject();
        org.addProperty("id", enterprise);
        org.addProperty("name", "Org");
        payload.add("enterprise", org);
        payload.addProperty("is_enterprise_install", true);
        return payload;
    }

    /** A click on a button with an action id the bot never made (an older version's message). */
    static JsonObject unknownClick(String team, String user, String channel, String responseUrl) {
        String blocks = "[{\"type\":\"actions\",\"block_id\":\"old\",\"elements\":[{\"type\":\"button\","
                + "\"action_id\":\"retired_button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Old\"},"
                + "\"value\":\"old\"}]}]";
        JsonObject payload = click(team, user, channel, "1700000000.000009", blocks, "retired_button");
        payload.addProperty("response_url", responseUrl);
        return payload;
    }

    /** A button inside a modal (the /coach chooser). */
    static JsonObject modalClick(String team, String user, String actionId) {
        JsonObject payload = interaction("block_actions", team, user);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "VFAKE1");
        payload.add("container", container);
        payload.add("view", view(CoachModals.CHOOSER, new JsonObject()));
        payload.addProperty("trigger_id", "13345224609.738474920.8088930838d88f008e2");
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "coach_pick");
        action.addProperty("value", "x");
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    /** A submitted form: {@code values} maps block id to the input's value ("end" is a time picker). */
    static JsonObject submission(String team, String user, String callbackId, Map<String, String> values) {
        JsonObject state = new JsonObject();
        values.forEach((blockId, value) -> {
            JsonObject input = new JsonObject();
            if (blockId.equals("end")) {
                input.addProperty("type", "timepicker");
                input.addProperty("selected_time", value);
            } else {
                input.addProperty("type", "plain_text_input");
                input.addProperty("value", value);
            }
            JsonObject block = new JsonObject();
            block.add(CoachModals.VALUE, input);
            state.add(blockId, block);
        });
        JsonObject payload = interaction("view_submission", team, user);
        payload.add("view", view(callbackId, state));
        return payload;
    }

    private static JsonObject view(String callbackId, JsonObject values) {
        JsonObject view = new JsonObject();
        view.addProperty("id", "VFAKE1");
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("hash", "h1");
        view.addProperty("team_id", FakeSlackApi.TEAM);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        view.add("blocks", new JsonArray());
        return view;
    }

    private static JsonObject interaction(String type, String team, String user) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.addProperty("api_app_id", "AFAKE1");
        payload.addProperty("token", "legacy");
        JsonObject t = new JsonObject();
        t.addProperty("id", team);
        t.addProperty("domain", "fake");
        payload.add("team", t);
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("username", "rep");
        u.addProperty("team_id", team);
        payload.add("user", u);
        return payload;
    }

    private static JsonObject callback(String team, JsonObject event, String eventId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "legacy");
        payload.addProperty("team_id", team);
        payload.addProperty("api_app_id", "AFAKE1");
        payload.add("event", event);
        payload.addProperty("type", "event_callback");
        payload.addProperty("event_id", eventId);
        payload.addProperty("event_time", 1700000001);
        return payload;
    }
}
