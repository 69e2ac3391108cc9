package com.referralcoach.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord: the bot token, the REST and gateway addresses (Discord's own unless a test points them at
 * a fake), the one guild to register commands on at once (else globally), the channel for reminders to members
 * whose direct messages are closed, and the shards this process runs (else as many as Discord recommends, all
 * here). The token is never shown by {@link #toString()}.
 */
public record DiscordSettings(String token, String apiUrl, String gatewayUrl, Optional<String> commandGuildId,
                              Optional<String> fallbackChannelId, Optional<DiscordShards> shards) {
    public static final String DISCORD_API = "https://discord.com/api/v10/";
    public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("a Discord bot token is required");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DISCORD_API : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DISCORD_GATEWAY : gatewayUrl;
        Objects.requireNonNull(commandGuildId, "commandGuildId");
        Objects.requireNonNull(fallbackChannelId, "fallbackChannelId");
        Objects.requireNonNull(shards, "shards");
    }

    /** All shards, as many as Discord recommends, in this process. */
    public DiscordSettings(String token, String apiUrl, String gatewayUrl, Optional<String> commandGuildId,
                           Optional<String> fallbackChannelId) {
        this(token, apiUrl, gatewayUrl, commandGuildId, fallbackChannelId, Optional.empty());
    }

    /** Discord's own addresses, commands registered globally, no fallback channel. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, DISCORD_API, DISCORD_GATEWAY, Optional.empty(), Optional.empty());
    }

    public DiscordSettings withAddresses(String api, String gateway) {
        return new DiscordSettings(token, api, gateway, commandGuildId, fallbackChannelId, shards);
    }

    public DiscordSettings withCommandGuild(String guildId) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, Optional.of(guildId), fallbackChannelId, shards);
    }

    public DiscordSettings withFallbackChannel(String channelId) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, commandGuildId, Optional.of(channelId), shards);
    }

    public DiscordSettings withShards(DiscordShards runHere) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, commandGuildId, fallbackChannelId, Optional.of(runHere));
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", commandGuildId="
                + commandGuildId.orElse("-") + ", fallbackChannelId=" + fallbackChannelId.orElse("-") + ", shards="
                + shards.map(DiscordShards::toString).orElse("recommended") + "]";
    }
}
