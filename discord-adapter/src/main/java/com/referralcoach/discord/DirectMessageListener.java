package com.referralcoach.discord;

import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.FilledForm;
import com.referralcoach.core.inbox.Inbox;
import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.reply.LateAnswer;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.messages.MessageSnapshot;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages work like the terminal chat, in the server where the member uses the bot; a member of several
 * such servers is asked once which one, and their message is handled once they chose. A message for a known server
 * is kept in the inbox until the engine has handled it, so one a stop or crash cut short is answered at the next
 * start (Discord does not send it again to a new session), before any newer message of the same member. A file
 * attached to a direct message (one per message) is previewed for an import after the message's words, if any:
 * a CSV or a .vcf of contacts, anything else refused by the engine with the reason. System messages (a pin notice,
 * say) are not the member speaking and get no answer. Only the process running shard 0 receives direct messages;
 * a member is taken to mean the bot's only server only when this process runs every shard, and so sees every server.
 */
final class DirectMessageListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DirectMessageListener.class);

    private final Conversations conversations;
    private final DiscordRenderer renderer;
    private final HomeGuilds homes;
    private final SeenEvents seen;
    private final Inbox inbox;
    private final Clock clock;
    private final DiscordContactFiles files;
    private final boolean seesEveryServer;
    /** What the last stop left waiting, by member, until answered (by the start-up or the member's next message). */
    private final Map<String, List<PendingMessage>> leftover = new ConcurrentHashMap<>();

    DirectMessageListener(Conversations conversations, DiscordRenderer renderer, HomeGuilds homes, SeenEvents seen,
                          Inbox inbox, Clock clock, DiscordContactFiles files, boolean seesEveryServer) {
        this.seesEveryServer = seesEveryServer;
        this.conversations = conversations;
        this.renderer = renderer;
        this.homes = homes;
        this.seen = seen;
        this.inbox = inbox;
        this.clock = clock;
        this.files = files;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || event.getMessage().getType().isSystem() || !seen.firstTime(event.getMessageId())) {
            return;
        }
        User member = event.getAuthor();
        String text = event.getMessage().getContentRaw();
        List<Message.Attachment> attached = event.getMessage().getAttachments();
        if (text.isBlank() && attached.isEmpty() && !event.getMessage().getMessageSnapshots().isEmpty()) {
            // A forwarded message is empty itself: its text and files are in its snapshot.
            MessageSnapshot forwarded = event.getMessage().getMessageSnapshots().get(0);
            text = forwarded.getContentRaw();
            attached = forwarded.getAttachments();
        }
        answerLeftover(member);
        Optional<String> home = homes.home(member.getId()).or(() -> onlyGuild(event.getJDA()));
        if (home.isEmpty()) {
            askWhere(event.getJDA(), event, member, text, attached.isEmpty() ? ""
                    : " A file can't wait: send " + attached.get(0).getFileName() + " again once you have chosen.");
            return;
        }
        String guild = home.get();
        if (!text.isBlank() || attached.isEmpty()) {
            heard(new PendingMessage(inbox.platform(), new WorkspaceId(guild), event.getMessageId(),
                    new RepId(member.getId()), text, event.getChannel().getId(), Optional.empty(), clock.instant()),
                    member);
        }
        if (!attached.isEmpty()) {
            importAttached(guild, member, attached);
        }
    }

    /** Hands the first attachment to the engine's import preview; says so when there were more. */
    private void importAttached(String guild, User member, List<Message.Attachment> attached) {
        Message.Attachment file = attached.get(0);
        DiscordContactFiles.Shared shared = new DiscordContactFiles.Shared(file.getFileName(), file.getUrl(),
                file.getSize());
        String reference = DiscordContactFiles.reference(file.getId(), shared);
        files.attached(member.getId(), reference, shared);
        UnaryOperator<Reply> noted = attached.size() == 1 ? reply -> reply : reply -> Reply.joined(List.of(reply,
                Reply.of("I read one file at a time, so I looked only at " + file.getFileName() + ". Send the others"
                        + " one by one once this one is done.")));
        conversations.act(Speaker.inDirectMessages(guild, member), "import " + file.getFileName(),
                FilledForm.sharedFile(reference), reply -> send(guild, member, noted.apply(reply)));
    }

    /** Keeps the message, then answers it; a retry of one still waiting is dropped. */
    private void heard(PendingMessage message, User member) {
        switch (inbox.arrived(message)) {
            case KEPT -> answer(member, message, reply -> reply);
            case NOT_KEPT -> answer(message.workspace().value(), member, message.text());
            case REPEAT -> { }
        }
    }

    /** Handles {@code text} in {@code guild} and answers in the member's DMs (known to JDA once they wrote). */
    void answer(String guild, User member, String text) {
        answer(guild, member, text, reply -> reply);
    }

    private void answer(String guild, User member, String text, UnaryOperator<Reply> framed) {
        conversations.say(Speaker.inDirectMessages(guild, member), text,
                reply -> send(guild, member, framed.apply(reply)));
    }

    /** As above for a kept message, which leaves the inbox once the engine has handled it. */
    private void answer(User member, PendingMessage message, UnaryOperator<Reply> framed) {
        String guild = message.workspace().value();
        conversations.say(Speaker.inDirectMessages(guild, member), message.text(), reply -> {
            inbox.answered(message);
            send(guild, member, framed.apply(reply));
        });
    }

    /**
     * Sends on the member's lane: the private channel is opened there and waited for (JDA keeps it, so only a member's
     * first answer of a run makes that call), then the message is queued on the channel, whose requests JDA sends in
     * order. Two answers opening the channel side by side could otherwise arrive in either order.
     */
    private void send(String guild, User member, Reply reply) {
        PrivateChannel channel;
        try {
            channel = member.openPrivateChannel().complete();
        } catch (RuntimeException e) {
            SlashCommandListener.failed("open the direct messages of " + member.getId()).accept(e);
            return;
        }
        channel.sendMessage(renderer.message(reply, guild))
                .queue(null, SlashCommandListener.failed("answer a direct message"));
    }

    /**
     * Reads the direct messages a stop or a crash left in the inbox; called before connecting, so that a member's
     * new message, whenever it comes, is handled after the ones they sent before.
     */
    void readWaiting() {
        for (PendingMessage message : inbox.leftWaiting()) {
            leftover.computeIfAbsent(message.rep().value(), member -> new ArrayList<>()).add(message);
        }
    }

    /** Answers what the last stop left waiting, oldest first, for each member who has not written again since. */
    void answerWaiting(JDA jda) {
        for (String id : List.copyOf(leftover.keySet())) {
            try {
                PrivateChannel channel = jda.openPrivateChannelById(id).complete();
                User member = channel.getUser() != null ? channel.getUser() : jda.retrieveUserById(id).complete();
                // Taken only now: a message the member sent meanwhile took them first, to go before it.
                answerLeftover(member);
            } catch (RuntimeException e) {
                log.warn("Could not reach {} to answer a direct message left waiting; it waits for the next start: {}",
                        id, e.getMessage());
            }
        }
    }

    /**
     * Hands the engine, first, what {@code member} sent before the last stop and was not answered yet; called before
     * anything new of theirs (a direct message, a command, a click) goes on their lane, so it comes after.
     */
    void answerLeftover(User member) {
        List<PendingMessage> theirs = leftover.remove(member.getId());
        if (theirs != null) {
            theirs.forEach(message -> answer(member, message, reply -> inbox.late(message, reply)));
        }
    }

    /**
     * Asks which server the member's direct messages are for, holding {@code text} (a file alone holds nothing);
     * {@code files} is what to say of a file that came with it.
     */
    private void askWhere(JDA jda, MessageReceivedEvent event, User member, String text, String files) {
        MessageChannel channel = event.getChannel();
        Set<String> guilds = homes.candidates(member.getId());
        if (guilds.isEmpty()) {
            channel.sendMessage(renderer.message(Reply.of("Which team is this for? Use /coach once in your server,"
                    + " then message me here." + files), "")).queue(null,
                    SlashCommandListener.failed("ask for a server"));
            return;
        }
        boolean fileAlone = text.isBlank() && !files.isEmpty();
        if (!fileAlone && !homes.hold(member.getId(), new HeldMessage(event.getMessageId(), text,
                channel.getId(), clock.instant()))) {
            channel.sendMessage(renderer.message(Reply.of("I could not keep this message until you choose a server."
                    + " Please choose one with the buttons above, then send it again."), ""))
                    .queue(null, SlashCommandListener.failed("refuse to hold a message"));
            return;
        }
        List<Button> choices = guilds.stream().sorted().limit(25).map(id -> Button.primary(
                ActionIds.id(ActionIds.Kind.CHOOSE_GUILD, id, ""), label(guildById(jda, id), id))).toList();
        channel.sendMessage(new MessageCreateBuilder()
                .setEmbeds(renderer.message(Reply.of("You use me in several servers. Which one are your messages"
                        + " here for? I'll remember it, and handle what you sent once you choose." + files), "")
                        .getEmbeds())
                .setComponents(ActionRow.partitionOf(choices)).setAllowedMentions(DiscordRenderer.NO_MENTIONS).build())
                .queue(null, SlashCommandListener.failed("ask for a server"));
    }

    /**
     * Handles, in {@code guild}, what the member wrote before choosing it: the messages are kept in the inbox (in one
     * write) and only then let go of by the member's home, so a crash in between answers them twice rather than never.
     */
    void answerHeld(String guild, User member) {
        List<HeldMessage> held;
        try {
            held = homes.held(member.getId());
        } catch (RuntimeException e) {
            log.warn("Could not read the direct messages {} wrote before choosing a server: {}", member.getId(),
                    e.getMessage());
            return;
        }
        List<PendingMessage> messages = held.stream()
                .map(message -> message.in(inbox.platform(), new WorkspaceId(guild), new RepId(member.getId())))
                .toList();
        inbox.arrivedTogether(messages, () -> messages.forEach(message -> answer(guild, member, message.text(),
                reply -> LateAnswer.afterChoice(message, reply)))).forEach(message -> answer(member, message,
                reply -> LateAnswer.afterChoice(message, reply)));
        try {
            homes.release(member.getId(), held.stream().map(HeldMessage::id).toList());
        } catch (RuntimeException e) {
            log.warn("Could not let go of the held direct messages of {}; they may be answered again: {}",
                    member.getId(), e.getMessage());
        }
    }

    private Optional<String> onlyGuild(JDA shard) {
        if (!seesEveryServer) {
            return Optional.empty();
        }
        List<Guild> guilds = shard.getShardManager() == null ? shard.getGuilds() : shard.getShardManager().getGuilds();
        return guilds.size() == 1 ? Optional.of(guilds.get(0).getId()) : Optional.empty();
    }

    /** A server by id, seen by any shard of this process; null when none of them receives its events. */
    private static Guild guildById(JDA shard, String id) {
        return shard.getShardManager() == null ? shard.getGuildById(id) : shard.getShardManager().getGuildById(id);
    }

    private static String label(Guild guild, String id) {
        String name = guild == null ? "server " + id : guild.getName();
        return name.length() > 80 ? name.substring(0, 79) + "\u2026" : name;
    }
}
