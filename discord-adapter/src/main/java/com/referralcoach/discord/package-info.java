/**
 * The Discord adapter: JDA events in, {@link com.referralcoach.core.engine.BotEngine} messages out, replies rendered
 * as embeds with buttons. It translates and renders; every rule lives in the core. Only {@link
 * com.referralcoach.discord.DiscordBot} and its settings ({@link com.referralcoach.discord.DiscordSettings}, {@link
 * com.referralcoach.discord.DiscordShards}) are public.
 */
package com.referralcoach.discord;
