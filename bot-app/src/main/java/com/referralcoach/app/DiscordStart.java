package com.referralcoach.app;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.discord.DiscordBot;
import com.referralcoach.discord.DiscordSettings;
import java.time.Clock;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the Discord adapter when DISCORD_BOT_TOKEN is set, from the DISCORD_* settings (DISCORD_SHARDS: the gateway
 * shards of this process), and adds its check to {@code /readyz}: every shard of this process connected.
 */
final class DiscordStart {
    private DiscordStart() {
    }

    static List<ChatPlatform> startIfConfigured(Settings settings, BotEngine engine, MessageInbox inbox,
                                                MemberHomes homes, ActionTexts actionTexts, FileRoutes files,
                                                Clock clock, Deque<AutoCloseable> open, PlatformChecks checks) {
        if (settings.get("DISCORD_BOT_TOKEN").isEmpty()) {
            return List.of();
        }
        DiscordSettings discord = new DiscordSettings(settings.get("DISCORD_BOT_TOKEN").get(),
                settings.get("DISCORD_API_URL").orElse(DiscordSettings.DISCORD_API),
                settings.get("DISCORD_GATEWAY_URL").orElse(DiscordSettings.DISCORD_GATEWAY),
                settings.get("DISCORD_GUILD_ID"), settings.get("DISCORD_FALLBACK_CHANNEL_ID"),
                settings.discordShards());
        AtomicReference<DiscordBot> started = new AtomicReference<>();
        checks.add("discord", () -> started.get() != null && started.get().connected());
        try {
            DiscordBot bot = DiscordBot.start(discord, engine, inbox, homes, actionTexts, clock, files);
            started.set(bot);
            open.push(bot);
            return List.of(bot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferralCoachException("interrupted while connecting to Discord", e);
        }
    }
}
