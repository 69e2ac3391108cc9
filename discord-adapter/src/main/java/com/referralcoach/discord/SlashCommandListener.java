package com.referralcoach.discord;

import com.referralcoach.core.engine.FilledForm;
import com.referralcoach.core.inbox.SeenEvents;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands: /coach is chat text, the others become a typed command from their options, never chat text; each
 * is answered privately within Discord's 3 seconds (see {@link Acknowledgement}); /referral without its people opens
 * the referral form instead.
 */
final class SlashCommandListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlashCommandListener.class);
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final Conversations conversations;
    private final HomeGuilds homes;
    private final SeenEvents seen;
    private final Acknowledgement acknowledgement;
    private final DirectMessageListener directMessages;

    SlashCommandListener(Conversations conversations, HomeGuilds homes, SeenEvents seen,
                         Acknowledgement acknowledgement, DirectMessageListener directMessages) {
        this.conversations = conversations;
        this.homes = homes;
        this.seen = seen;
        this.acknowledgement = acknowledgement;
        this.directMessages = directMessages;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!seen.firstTime(event.getId())) {
            return;
        }
        if (!event.isFromAttachedGuild()) { // the bot's DMs, or a user install in a server the bot is not in
            PoliteRefusals.tell(event, PoliteRefusals.ONLY_IN_SERVERS);
            return;
        }
        // Taken before this command's own first-use record goes on the member's lane: only work already there counts.
        boolean behindWork = conversations.busy(event.getUser().getId());
        String guild = event.getGuild().getId();
        homes.used(event.getUser().getId(), guild);
        if (event.getName().equals(SlashCommands.REFERRAL)
                && CommandTranslator.referral(name -> option(event, name)).isEmpty()) {
            event.replyModal(Forms.referral(guild, option(event, "from"), option(event, "lead"),
                    option(event, "company"), option(event, "contact"))).queue(null, failed("open the referral form"));
            return;
        }
        String what = "/" + event.getName();
        Optional<String> text = event.getName().equals(SlashCommands.COACH) ? option(event, "text") : Optional.empty();
        Optional<FilledForm> typed = CommandTranslator.translate(event.getName(), name -> option(event, name));
        if (text.isEmpty() && typed.isEmpty()) {
            PoliteRefusals.tell(event, PoliteRefusals.UNKNOWN_COMMAND);
            return;
        }
        String name = event.getMember() == null ? event.getUser().getEffectiveName()
                : event.getMember().getEffectiveName();
        Speaker speaker = Speaker.inServer(guild, event.getUser(), name, event.getMember());
        directMessages.answerLeftover(event.getUser());
        acknowledgement.start(event, guild, what, behindWork, answer -> {
            if (text.isPresent()) {
                conversations.say(speaker, text.get(), answer);
            } else {
                conversations.act(speaker, what, typed.get(), answer);
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.isFromAttachedGuild()) {
            event.replyChoiceStrings(List.of()).queue(null, failed("suggest nothing outside a server"));
            return;
        }
        String typed = event.getFocusedOption().getValue();
        if (event.getFocusedOption().getName().equals("zone")) {
            String lower = typed.toLowerCase(Locale.ROOT);
            event.replyChoiceStrings(ZONES.stream().filter(zone -> zone.toLowerCase(Locale.ROOT).contains(lower))
                    .limit(25).toList()).queue(null, failed("suggest zones"));
            return;
        }
        String guild = event.getGuild().getId();
        conversations.lookUp(event.getUser().getId(), () -> event.replyChoiceStrings(
                conversations.engine().knownNames(new com.referralcoach.core.domain.WorkspaceId(guild), typed))
                .queue(null, failed("suggest names")));
    }

    private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
        return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    static java.util.function.Consumer<Throwable> failed(String what) {
        return error -> log.warn("Could not {} on Discord: {}", what, error.toString());
    }
}
