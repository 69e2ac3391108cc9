package com.referralcoach.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands the bot registers: /coach for the whole chat language, typed commands for the frequent. */
final class SlashCommands {
    static final String COACH = "coach";
    static final String MEETING = "meeting";
    static final String REFERRAL = "referral";
    static final String LEAD = "lead";
    static final String PIPELINE = "pipeline";
    static final String TIME_ZONE = "tz";
    /** The stages a lead can move to, as the chat language says them. */
    static final List<String> STAGES = List.of("contacted", "meeting booked", "proposal sent", "won", "lost");

    private SlashCommands() {
    }

    static List<SlashCommandData> all() {
        return List.of(
                guild(Commands.slash(COACH, "Tell your referral coach anything, e.g. met Jane Doe at Acme")
                        .addOptions(text("text", "What you'd type in chat; try: help", true))),
                guild(Commands.slash(MEETING, "Log a meeting; I'll remind you to ask for a referral when it ends")
                        .addOptions(name("person", "Who you meet", true),
                                text("ends", "When it ends: 3:30pm, in 45 min, tomorrow 2-3pm", true),
                                text("company", "Their company", false),
                                text("topic", "What it is about", false))),
                guild(Commands.slash(REFERRAL, "Log a referral (leave the options out for a form)")
                        .addOptions(name("from", "Who referred the lead", false),
                                text("lead", "The lead's name", false),
                                text("company", "The lead's company", false),
                                text("contact", "The lead's email or phone", false))),
                guild(Commands.slash(LEAD, "Move a referred lead to its next stage")
                        .addOptions(name("name", "The lead", true), stage(),
                                text("amount", "What you won, e.g. $12k (for won)", false))),
                guild(Commands.slash(PIPELINE, "Your referred leads, stage by stage")),
                guild(Commands.slash(TIME_ZONE, "Set the time zone I read and show your times in")
                        .addOptions(new OptionData(OptionType.STRING, "zone", "e.g. Europe/Berlin", true, true))));
    }

    /**
     * Offered only in servers that added the bot: not in its direct messages, nor where a member installed the app to
     * their own account (there the bot sees no server of its own to work in).
     */
    private static SlashCommandData guild(SlashCommandData command) {
        return command.setContexts(InteractionContextType.GUILD).setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    private static OptionData text(String name, String description, boolean required) {
        return new OptionData(OptionType.STRING, name, description, required).setMaxLength(300);
    }

    private static OptionData name(String name, String description, boolean required) {
        return new OptionData(OptionType.STRING, name, description, required, true).setMaxLength(100);
    }

    private static OptionData stage() {
        OptionData stage = new OptionData(OptionType.STRING, "stage", "Where the lead is now", true);
        STAGES.forEach(words -> stage.addChoice(words, words));
        return stage;
    }
}
