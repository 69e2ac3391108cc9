package com.referralcoach.discord;

import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/**
 * Direct messages work like the terminal chat, in the server where the member uses the bot; a member of several
 * such servers is asked once which one, and their message is handled once they chose.
 */
final class DirectMessageListener extends ListenerAdapter {
    private final Conversations conversations;
    private final DiscordRenderer renderer;
    private final HomeGuilds homes;
    private final SeenEvents seen;

    DirectMessageListener(Conversations conversations, DiscordRenderer renderer, HomeGuilds homes, SeenEvents seen) {
        this.conversations = conversations;
        this.renderer = renderer;
        this.homes = homes;
        this.seen = seen;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || !seen.firstTime(event.getMessageId())) {
            return;
        }
        User member = event.getAuthor();
        String text = event.getMessage().getContentRaw();
        homes.home(member.getId()).or(() -> onlyGuild(event.getJDA())).ifPresentOrElse(
                guild -> answer(guild, member, text),
                () -> askWhere(event.getJDA(), member, text, event.getChannel()));
    }

    /** Handles {@code text} in {@code guild} and answers in the member's DMs (known to JDA once they wrote). */
    void answer(String guild, User member, String text) {
        conversations.say(Speaker.inDirectMessages(guild, member), text, reply -> member.openPrivateChannel()
                .flatMap(channel -> channel.sendMessage(renderer.message(reply, guild)))
                .queue(null, SlashCommandListener.failed("answer a direct message")));
    }

    private void askWhere(JDA jda, User member, String text, MessageChannel channel) {
        Set<String> guilds = homes.candidates(member.getId());
        if (guilds.isEmpty()) {
            channel.sendMessage(renderer.message(Reply.of("Which team is this for? Use /coach once in your server,"
                    + " then message me here."), "")).queue(null, SlashCommandListener.failed("ask for a server"));
            return;
        }
        homes.hold(member.getId(), text);
        List<Button> choices = guilds.stream().sorted().limit(25).map(id -> Button.primary(
                ActionIds.id(ActionIds.Kind.CHOOSE_GUILD, id, ""), label(jda.getGuildById(id), id))).toList();
        channel.sendMessage(new MessageCreateBuilder()
                .setEmbeds(renderer.message(Reply.of("You use me in several servers. Which one are your messages"
                        + " here for? I'll remember it."), "").getEmbeds())
                .setComponents(ActionRow.partitionOf(choices)).setAllowedMentions(DiscordRenderer.NO_MENTIONS).build())
                .queue(null, SlashCommandListener.failed("ask for a server"));
    }

    private static java.util.Optional<String> onlyGuild(JDA jda) {
        List<Guild> guilds = jda.getGuilds();
        return guilds.size() == 1 ? java.util.Optional.of(guilds.get(0).getId()) : java.util.Optional.empty();
    }

    private static String label(Guild guild, String id) {
        String name = guild == null ? "server " + id : guild.getName();
        return name.length() > 80 ? name.substring(0, 79) + "\u2026" : name;
    }
}
