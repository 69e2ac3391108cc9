package com.referralcoach.discord;

import com.referralcoach.discord.FakeRest.Answer;
import com.referralcoach.discord.FakeRest.Recorded;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord for tests: the REST API ({@link FakeRest}) and the gateway ({@link FakeGateway}), with servers,
 * members and their DM channels, the messages the bot sent, and builders for what members do (slash commands,
 * clicks, forms, direct messages) in Discord's own wire format. A channel message over Discord's limits
 * ({@link DiscordMessageLimits}) is refused as Discord refuses it, and so is an interaction's first response that
 * comes after {@link #INTERACTION_WINDOW} or after another first response.
 */
final class FakeDiscord implements AutoCloseable {
    static final String APPLICATION_ID = "1100000000000000001";
    static final String TOKEN = "MTEwMDAw.fake-token.Sup3rS3cretValue";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private static final Pattern DM_OPEN = Pattern.compile("\"recipient_id\"\\s*:\\s*\"?(\\d+)");
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** How long Discord waits for the first response to an interaction before showing it as failed. */
    static final Duration INTERACTION_WINDOW = Duration.ofSeconds(3);

    /** A server, its one text channel and its "Sales managers" role (Manage Server). */
    record Server(String id, String name, String channelId, String managerRoleId) {
    }

    private final Map<String, Server> servers = new LinkedHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
    private final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    private final Map<String, DataObject> interactions = new ConcurrentHashMap<>();
    /** How long after its creation each interaction got its first accepted response, by interaction id. */
    private final Map<String, Duration> firstResponses = new ConcurrentHashMap<>();
    private final Map<String, List<Multipart.Part>> uploads = new ConcurrentHashMap<>();
    private final java.util.Set<String> managers = ConcurrentHashMap.newKeySet();
    private final List<DataObject> identifies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FakeRest rest;
    private final FakeGateway gateway;
    final FakeAttachments attachments;
    private volatile int guildsPerShard = 2500;
    private volatile int recommendedShards = 1;

    private FakeDiscord(List<String> serverNames, int shards) throws IOException, InterruptedException {
        for (int i = 0; i < serverNames.size(); i++) {
            Server server = new Server(snowflakeOnShard(i % shards, shards), serverNames.get(i), snowflake(),
                    snowflake());
            servers.put(server.id(), server);
        }
        rest = new FakeRest(this::answer);
        attachments = new FakeAttachments(rest);
        gateway = new FakeGateway(this);
        gateway.begin();
    }

    static FakeDiscord start(String... serverNames) throws IOException, InterruptedException {
        return new FakeDiscord(List.of(serverNames), 1);
    }

    /** A Discord whose servers are spread over {@code shards} shards: the i-th server on shard i % shards. */
    static FakeDiscord startSharded(int shards, String... serverNames) throws IOException, InterruptedException {
        return new FakeDiscord(List.of(serverNames), shards);
    }

    /** A server id that falls on {@code shard} of {@code total}: its timestamp moved back by up to total - 1 ms. */
    private static String snowflakeOnShard(int shard, int total) {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        long moved = millis - Math.floorMod(millis - shard, total);
        return Long.toString((moved << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }

    /** How many servers one shard may hold before the gateway requires sharding (Discord: 2,500). */
    int guildsPerShard() {
        return guildsPerShard;
    }

    /** Lowers the servers one shard may hold, and recommends enough shards for them in {@code GET /gateway/bot}. */
    void limitGuildsPerShard(int most) {
        guildsPerShard = most;
        recommendedShards = Math.max(1, (servers.size() + most - 1) / most);
    }

    static String snowflake() {
        return snowflake(System.currentTimeMillis());
    }

    /** A fresh id as Discord makes them: the time of creation, in milliseconds, in its upper bits. */
    private static String snowflake(long createdMillis) {
        return Long.toString(((createdMillis - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }

    DiscordSettings settings() {
        return DiscordSettings.of(TOKEN).withAddresses(rest.url(), gateway.url());
    }

    Server server(int index) {
        return new ArrayList<>(servers.values()).get(index);
    }

    List<String> guildIds() {
        return List.copyOf(servers.keySet());
    }

    String user(String name) {
        return users.computeIfAbsent(name, key -> snowflake());
    }

    FakeRest rest() {
        return rest;
    }

    FakeGateway gateway() {
        return gateway;
    }

    List<Recorded> requests() {
        return rest.requests();
    }

    List<DataObject> identifies() {
        return List.copyOf(identifies);
    }

    void recordIdentify(DataObject identify) {
        identifies.add(identify);
    }

    /** The messages the bot posted in one channel, oldest first. */
    List<DataObject> messagesIn(String channelId) {
        return messages.values().stream().filter(m -> m.getString("channel_id").equals(channelId))
                .sorted(java.util.Comparator.comparing(m -> Long.parseUnsignedLong(m.getString("id")))).toList();
    }

    /** The files that came with a message the bot posted, in the order it sent them. */
    List<Multipart.Part> uploadsOf(String messageId) {
        return uploads.getOrDefault(messageId, List.of());
    }

    /** A member who holds the "Sales managers" role (Manage Server) in every server. */
    String manager(String name) {
        String id = user(name);
        managers.add(id);
        return id;
    }

    String dmChannelOf(String userId) {
        return dmChannels.computeIfAbsent(userId, key -> snowflake());
    }

    DataObject botUser() {
        return userJson(APPLICATION_ID, "Referral Coach").put("bot", true);
    }

    // ---- what members do ----

    String slash(Server server, String user, String command, Map<String, String> options) {
        return slashCreatedAgo(Duration.ZERO, server, user, command, options);
    }

    /** A slash command that Discord created {@code age} ago and delivers only now (a slow gateway, say). */
    String slashCreatedAgo(Duration age, Server server, String user, String command, Map<String, String> options) {
        DataArray values = DataArray.empty();
        options.forEach((name, value) -> values.add(DataObject.empty().put("name", name).put("type", 3)
                .put("value", value)));
        return interact(snowflake(System.currentTimeMillis() - age.toMillis()), server, user, 2, DataObject.empty()
                .put("id", snowflake()).put("name", command).put("type", 1).put("options", values), null);
    }

    String autocomplete(Server server, String user, String command, String focused, String typed) {
        DataArray values = DataArray.empty().add(DataObject.empty().put("name", focused).put("type", 3)
                .put("value", typed).put("focused", true));
        return interact(server, user, 4, DataObject.empty().put("id", snowflake()).put("name", command).put("type", 1)
                .put("options", values), null);
    }

    /** A click on a button of a message the bot sent; {@code server} null for a direct message. */
    String click(Server server, String user, DataObject message, String customId) {
        return interact(server, user, 3, DataObject.empty().put("custom_id", customId).put("component_type", 2),
                message);
    }

    String submit(Server server, String user, String modalId, Map<String, String> fields) {
        DataArray rows = DataArray.empty();
        fields.forEach((id, value) -> rows.add(DataObject.empty().put("type", 18).put("id", rows.length() + 1)
                .put("component", DataObject.empty().put("type", 4).put("id", rows.length() + 100).put("custom_id", id)
                        .put("value", value))));
        return interact(server, user, 5, DataObject.empty().put("custom_id", modalId).put("components", rows), null);
    }

    /** A slash command used in the member's direct messages with the bot (interaction context 1, no server). */
    String slashInDirectMessages(String user, String command, Map<String, String> options) {
        return interact(null, user, 2, command(command, options), null);
    }

    /**
     * A slash command of the app installed to the member's account, used in a server the bot is not in: Discord
     * sends the server's id and little more, and says the user authorized it (integration type 1).
     */
    String slashFromUserInstall(String user, String command, Map<String, String> options) {
        String id = snowflake();
        String guild = snowflake();
        String channel = snowflake();
        DataObject interaction = DataObject.empty().put("id", id).put("application_id", APPLICATION_ID).put("type", 2)
                .put("token", "itoken-" + id).put("version", 1).put("data", command(command, options))
                .put("locale", "en-US").put("app_permissions", "0").put("entitlements", DataArray.empty())
                .put("guild_id", guild).put("guild_locale", "en-US").put("channel_id", channel)
                .put("guild", DataObject.empty().put("id", guild).put("locale", "en-US")
                        .put("features", DataArray.empty()))
                .put("channel", DataObject.empty().put("id", channel).put("type", 0).put("name", "general")
                        .put("guild_id", guild).put("position", 0).put("permission_overwrites", DataArray.empty())
                        .put("nsfw", false).put("rate_limit_per_user", 0)
                        .put("permissions", Long.toString(everyonePermissions())))
                .put("member", DataObject.empty().put("user", userJson(user, "member " + user))
                        .put("roles", DataArray.empty()).put("joined_at", "2025-01-01T00:00:00.000000+00:00")
                        .put("deaf", false).put("mute", false).put("flags", 0)
                        .put("permissions", Long.toString(everyonePermissions())))
                .put("context", 0).put("authorizing_integration_owners", DataObject.empty().put("1", user));
        interactions.put(id, interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    private static DataObject command(String command, Map<String, String> options) {
        DataArray values = DataArray.empty();
        options.forEach((name, value) -> values.add(DataObject.empty().put("name", name).put("type", 3)
                .put("value", value)));
        return DataObject.empty().put("id", snowflake()).put("name", command).put("type", 1).put("options", values);
    }

    /**
     * The notice Discord posts in the member's direct messages with the bot when one of them pins a message there: a
     * system message (type 6, CHANNEL_PINNED_MESSAGE) with no text, authored by the member who pinned.
     */
    void pinNotice(String user, String pinnedMessageId) {
        String channel = dmChannelOf(user);
        gateway.dispatch("MESSAGE_CREATE", message(snowflake(), channel, userJson(user, "member " + user), "")
                .put("type", 6).put("message_reference", DataObject.empty().put("type", 0)
                        .put("message_id", pinnedMessageId).put("channel_id", channel)));
    }

    /**
     * A direct message with a file attached, as Discord sends it: the attachment's id, name, size (as given, which
     * may differ from the bytes'), type and its CDN URL, served on 127.0.0.1 ({@link FakeAttachments}); with
     * {@code bytes} null the CDN no longer has it (404). Its id.
     */
    String directMessageWithFile(String user, String text, String fileName, String contentType, byte[] bytes,
                                 long size) {
        String channel = dmChannelOf(user);
        DataObject attachment = attachment(channel, fileName, contentType, bytes, size);
        gateway.dispatch("MESSAGE_CREATE", message(snowflake(), channel, userJson(user, "member " + user), text)
                .put("attachments", DataArray.empty().add(attachment)));
        return attachment.getString("id");
    }

    private DataObject attachment(String channel, String fileName, String contentType, byte[] bytes, long size) {
        String id = snowflake();
        String url = attachments.add(channel, id, fileName, bytes);
        return DataObject.empty().put("id", id).put("filename", fileName).put("size", size)
                .put("url", url).put("proxy_url", url).put("content_type", contentType);
    }

    /**
     * A message the member forwarded into their direct messages with the bot, as Discord sends one: empty itself,
     * flagged HAS_SNAPSHOT, with a forward reference (type 1) to the original in a server, whose text and files (a
     * CSV when {@code csv} is not null) come in its {@code message_snapshots}.
     */
    void forwardedDirectMessage(String user, String text, byte[] csv) {
        String channel = dmChannelOf(user);
        DataArray files = DataArray.empty();
        if (csv != null) {
            files.add(attachment(channel, "contacts.csv", "text/csv; charset=utf-8", csv, csv.length));
        }
        DataObject original = message(snowflake(), server(0).channelId(), userJson(user, "member " + user), text)
                .put("attachments", files);
        for (String absent : List.of("id", "channel_id", "author", "tts", "pinned")) {
            original.remove(absent);
        }
        gateway.dispatch("MESSAGE_CREATE", message(snowflake(), channel, userJson(user, "member " + user), "")
                .put("flags", 1 << 14).put("message_snapshots", DataArray.empty()
                        .add(DataObject.empty().put("message", original)))
                .put("message_reference", DataObject.empty().put("type", 1).put("message_id", snowflake())
                        .put("channel_id", server(0).channelId()).put("guild_id", server(0).id())));
    }

    String directMessageWithFile(String user, String text, String fileName, String contentType, byte[] bytes) {
        return directMessageWithFile(user, text, fileName, contentType, bytes, bytes.length);
    }

    void directMessage(String user, String text) {
        gateway.dispatch("MESSAGE_CREATE", message(snowflake(), dmChannelOf(user), userJson(user, "member " + user),
                text));
    }

    private String interact(Server server, String user, int type, DataObject data, DataObject message) {
        return interact(snowflake(), server, user, type, data, message);
    }

    private String interact(String id, Server server, String user, int type, DataObject data, DataObject message) {
        DataObject interaction = DataObject.empty().put("id", id).put("application_id", APPLICATION_ID)
                .put("type", type).put("token", "itoken-" + id).put("version", 1).put("data", data)
                .put("locale", "en-US").put("app_permissions", "0").put("entitlements", DataArray.empty());
        if (server != null) {
            interaction.put("guild_id", server.id()).put("guild_locale", "en-US").put("channel_id", server.channelId())
                    .put("guild", DataObject.empty().put("id", server.id()).put("locale", "en-US")
                            .put("features", DataArray.empty()))
                    .put("channel", textChannel(server).put("guild_id", server.id()))
                    .put("member", member(server, user, "member " + user)).put("context", 0)
                    .put("authorizing_integration_owners", DataObject.empty().put("0", server.id()));
        } else {
            String channel = dmChannelOf(user);
            interaction.put("channel_id", channel).put("user", userJson(user, "member " + user))
                    .put("channel", DataObject.empty().put("id", channel).put("type", 1)
                            .put("recipients", DataArray.empty().add(userJson(user, "member " + user))))
                    .put("context", 1).put("authorizing_integration_owners", DataObject.empty().put("1", user));
        }
        if (message != null) {
            interaction.put("message", message);
        }
        interactions.put(id, interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return id;
    }

    /**
     * The interactions Discord would show as failed ("This interaction failed"): those without a response within
     * {@link #INTERACTION_WINDOW} of their creation. Waits until each one is answered or past that window (and half a
     * second more, for a response that was on its way at the end of it).
     */
    List<String> failedInteractions() {
        org.awaitility.Awaitility.await().atMost(DiscordRig.WAIT).until(() -> interactions.keySet().stream()
                .allMatch(id -> firstResponses.containsKey(id)
                        || System.currentTimeMillis() - createdMillis(id) > INTERACTION_WINDOW.toMillis() + 500));
        return interactions.keySet().stream().filter(id -> !firstResponses.containsKey(id)).sorted().toList();
    }

    private static long createdMillis(String snowflake) {
        return (Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH;
    }

    /** Delivers an interaction again, as a gateway that delivers at least once may. */
    void redeliver(String interactionId) {
        gateway.dispatch("INTERACTION_CREATE", interactions.get(interactionId));
    }

    // ---- the REST API ----

    private Answer answer(Recorded request) {
        String path = request.path();
        if (request.is("GET", "users/@me")) {
            return Answer.json(botUser().toString());
        }
        if (request.is("GET", "gateway/bot")) {
            // max_concurrency as Discord gives very large bots, so a test's shards identify together
            return Answer.json(DataObject.empty().put("url", gateway.url()).put("shards", recommendedShards)
                    .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 999)
                            .put("reset_after", 14_400_000).put("max_concurrency", 16)).toString());
        }
        if (request.method().equals("PUT") && path.startsWith("applications/")) {
            DataArray commands = DataArray.fromJson(request.body());
            DataArray echoed = DataArray.empty();
            for (int i = 0; i < commands.length(); i++) {
                echoed.add(commands.getObject(i).put("id", snowflake()).put("application_id", APPLICATION_ID)
                        .put("version", snowflake()));
            }
            return Answer.json(echoed.toString());
        }
        if (request.is("POST", "interactions/")) {
            return firstResponse(path.split("/")[1]);
        }
        if (request.is("POST", "users/@me/channels")) {
            Matcher recipient = DM_OPEN.matcher(request.body());
            String user = recipient.find() ? recipient.group(1) : "0";
            return Answer.json(DataObject.empty().put("id", dmChannelOf(user)).put("type", 1)
                    .put("recipients", DataArray.empty().add(userJson(user, "member " + user))).toString());
        }
        Matcher edited = Pattern.compile("channels/(\\d+)/messages/(\\d+)").matcher(path);
        if (request.method().equals("PATCH") && edited.matches() && messages.containsKey(edited.group(2))) {
            DataObject message = botMessage(edited.group(1), DataObject.fromJson(payloadOf(request)))
                    .put("id", edited.group(2));
            messages.put(edited.group(2), message);
            return Answer.json(message.toString());
        }
        Matcher channel = Pattern.compile("channels/(\\d+)/messages").matcher(path);
        if (request.method().equals("POST") && channel.matches() && tooLarge(request)) {
            return new Answer(413, "{\"message\":\"Request entity too large\",\"code\":40005}", Map.of());
        }
        if (request.method().equals("POST") && channel.matches()) {
            Optional<String> broken = DiscordMessageLimits.broken(DataObject.fromJson(payloadOf(request)));
            return broken.map(FakeDiscord::invalidFormBody)
                    .orElseGet(() -> Answer.json(store(channel.group(1), request).toString()));
        }
        if (request.method().equals("PATCH") && path.startsWith("webhooks/")
                || request.method().equals("POST") && path.startsWith("webhooks/")) {
            return Answer.json(message(snowflake(), server(0).channelId(), botUser(), "").toString());
        }
        return new Answer(404, "{\"code\":0,\"message\":\"404: Not Found\"}", Map.of());
    }

    /**
     * Discord's answer to an interaction's first response: taken within its 3 seconds, else "Unknown interaction"
     * (the interaction has failed for the member already); a second one is "already acknowledged".
     */
    private Answer firstResponse(String interactionId) {
        Duration age = Duration.ofMillis(System.currentTimeMillis() - createdMillis(interactionId));
        if (age.compareTo(INTERACTION_WINDOW) > 0) {
            return new Answer(404, "{\"message\":\"Unknown interaction\",\"code\":10062}", Map.of());
        }
        if (firstResponses.putIfAbsent(interactionId, age) != null) {
            return new Answer(400, "{\"message\":\"Interaction has already been acknowledged.\",\"code\":40060}",
                    Map.of());
        }
        return Answer.empty();
    }

    /** A message as JSON, or as multipart/form-data with payload_json and files[n] (a message with files). */
    private DataObject store(String channelId, Recorded request) {
        Multipart form = request.isMultipart() ? Multipart.parse(request.contentType(), request.bytes()) : null;
        DataObject message = botMessage(channelId, DataObject.fromJson(payloadOf(request)));
        if (form != null) {
            DataArray attachments = DataArray.empty();
            form.files().forEach(file -> attachments.add(DataObject.empty().put("id", snowflake())
                    .put("filename", file.fileName()).put("size", file.bytes().length)
                    .put("content_type", file.contentType()).put("url", "https://cdn.invalid/" + file.fileName())
                    .put("proxy_url", "https://media.invalid/" + file.fileName())));
            message.put("attachments", attachments);
            uploads.put(message.getString("id"), form.files());
        }
        messages.put(message.getString("id"), message);
        return message;
    }

    /** Discord refuses a file over what a bot may attach without a server's boosts. */
    private static boolean tooLarge(Recorded request) {
        return request.isMultipart() && Multipart.parse(request.contentType(), request.bytes()).files().stream()
                .anyMatch(file -> file.bytes().length > net.dv8tion.jda.api.entities.Message.MAX_FILE_SIZE);
    }

    private static String payloadOf(Recorded request) {
        return request.isMultipart() ? Multipart.parse(request.contentType(), request.bytes()).field("payload_json")
                .orElseThrow().text() : request.body();
    }

    /** Discord's answer to a message over its limits. */
    private static Answer invalidFormBody(String why) {
        return new Answer(400, DataObject.empty().put("code", 50035).put("message", "Invalid Form Body")
                .put("errors", DataObject.empty().put("_errors", DataArray.empty()
                        .add(DataObject.empty().put("code", "BASE_TYPE_MAX_LENGTH").put("message", why))))
                .toString(), Map.of());
    }

    /** The message Discord makes of what the bot sent: a new id, its embeds typed "rich", its buttons. */
    DataObject botMessage(String channelId, DataObject sent) {
        DataArray embeds = DataArray.empty();
        sent.optArray("embeds").ifPresent(all -> all.stream(DataArray::getObject)
                .forEach(embed -> embeds.add(embed.put("type", "rich"))));
        return message(snowflake(), channelId, botUser(), sent.getString("content", "")).put("embeds", embeds)
                .put("components", sent.optArray("components").orElseGet(DataArray::empty));
    }

    DataObject guildCreate(String id) {
        Server server = servers.get(id);
        long everyone = everyonePermissions();
        return DataObject.empty().put("id", id).put("name", server.name()).put("owner_id", user("owner"))
                .put("member_count", 2).put("afk_timeout", 300).put("large", false).put("unavailable", false)
                .put("joined_at", "2025-01-01T00:00:00.000000+00:00").put("preferred_locale", "en-US")
                .put("features", DataArray.empty()).put("stickers", DataArray.empty())
                .put("presences", DataArray.empty()).put("emojis", DataArray.empty())
                .put("voice_states", DataArray.empty()).put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty()).put("stage_instances", DataArray.empty())
                .put("premium_progress_bar_enabled", false)
                .put("roles", DataArray.empty().add(DataObject.empty().put("id", id).put("name", "@everyone")
                        .put("permissions", Long.toString(everyone)).put("position", 0).put("color", 0)
                        .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0))
                        .add(DataObject.empty().put("id", server.managerRoleId()).put("name", "Sales managers")
                                .put("permissions", Long.toString(Permission.MANAGE_SERVER.getRawValue()))
                                .put("position", 1).put("color", 0).put("hoist", false).put("managed", false)
                                .put("mentionable", false).put("flags", 0)))
                .put("channels", DataArray.empty().add(textChannel(server)))
                .put("members", DataArray.empty().add(member(server, APPLICATION_ID, "Referral Coach")));
    }

    private static DataObject textChannel(Server server) {
        return DataObject.empty().put("id", server.channelId()).put("type", 0).put("name", "sales").put("position", 0)
                .put("permission_overwrites", DataArray.empty()).put("nsfw", false).put("rate_limit_per_user", 0);
    }

    private static long everyonePermissions() {
        return Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
                Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY, Permission.USE_APPLICATION_COMMANDS);
    }

    /** A member with their roles and, as in an interaction, their permissions in the channel. */
    private DataObject member(Server server, String user, String name) {
        boolean manager = managers.contains(user);
        long permissions = everyonePermissions() | (manager ? Permission.MANAGE_SERVER.getRawValue() : 0);
        return DataObject.empty().put("user", userJson(user, name))
                .put("roles", manager ? DataArray.empty().add(server.managerRoleId()) : DataArray.empty())
                .put("joined_at", "2025-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false)
                .put("flags", 0).put("permissions", Long.toString(permissions));
    }

    static DataObject userJson(String id, String name) {
        return DataObject.empty().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("bot", false);
    }

    private static DataObject message(String id, String channelId, DataObject author, String content) {
        return DataObject.empty().put("id", id).put("channel_id", channelId).put("author", author)
                .put("content", content).put("timestamp", OffsetDateTime.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
                .put("embeds", DataArray.empty()).put("components", DataArray.empty()).put("pinned", false)
                .put("type", 0).put("flags", 0);
    }

    @Override
    public void close() throws InterruptedException {
        rest.stop();
        gateway.stop(1000);
    }
}
