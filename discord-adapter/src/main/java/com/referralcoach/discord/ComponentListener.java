package com.referralcoach.discord;

import com.referralcoach.core.engine.FilledForm;
import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.discord.ActionIds.Decoded;
import com.referralcoach.discord.ActionIds.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

/**
 * Buttons and forms. A button sends its message as if the member typed it and then edits its own message (the
 * answer below what it said, the buttons it settles gone: all of them, or in a message about several people that
 * person's) so it cannot be pressed twice; a template button opens a form
 * prefilled with the start of the message; a server button in a direct message says where DMs belong. The
 * referral form's fields become a typed command; only the finished template is chat text.
 */
final class ComponentListener extends ListenerAdapter {
    /** A public post the bot made for one member: their mention, nothing else ({@link DiscordRenderer#mentioning}). */
    private static final Pattern FOR_MEMBER = Pattern.compile("<@!?(\\d+)>");
    private final Conversations conversations;
    private final DiscordRenderer renderer;
    private final ActionIds ids;
    private final HomeGuilds homes;
    private final SeenEvents seen;
    private final DirectMessageListener directMessages;
    private final Acknowledgement acknowledgement;

    ComponentListener(Conversations conversations, DiscordRenderer renderer, ActionIds ids, HomeGuilds homes,
                      SeenEvents seen, DirectMessageListener directMessages, Acknowledgement acknowledgement) {
        this.acknowledgement = acknowledgement;
        this.conversations = conversations;
        this.renderer = renderer;
        this.ids = ids;
        this.homes = homes;
        this.seen = seen;
        this.directMessages = directMessages;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!seen.firstTime(event.getId())) {
            return;
        }
        Optional<Decoded> decoded = ids.decode(event.getComponentId());
        if (decoded.isEmpty()) { // a button the bot never made, or one an older version made differently
            PoliteRefusals.tell(event, PoliteRefusals.EXPIRED_BUTTON);
            return;
        }
        if (!forClicker(event)) {
            PoliteRefusals.tell(event, PoliteRefusals.NOT_YOUR_BUTTON);
            return;
        }
        String guild = event.isFromAttachedGuild() ? event.getGuild().getId() : decoded.get().guild();
        Kind kind = decoded.get().kind();
        if (kind == Kind.TEMPLATE && decoded.get().message().isPresent()) {
            event.replyModal(Forms.finish(guild, decoded.get().message().get()))
                    .queue(null, SlashCommandListener.failed("open a form"));
            return;
        }
        String settles = ActionIds.settlesTagOf(event.getComponentId());
        List<Button> shown = event.getMessage().getComponentTree().findAll(Button.class);
        List<Button> kept = shown.stream()
                .filter(b -> !SuggestedAction.settles(settles, ActionIds.settlesTagOf(b.getCustomId()))).toList();
        if (!seen.firstTime(clickedOnce(event, shown, kept))) {
            acknowledgement.send(event.deferEdit(), "acknowledge a second click");
            return;
        }
        acknowledgement.send(event.deferEdit(), "acknowledge a click");
        if (kind == Kind.CHOOSE_GUILD) {
            boolean stored = homes.choose(event.getUser().getId(), guild);
            event.getHook().editOriginal(renderer.edit(com.referralcoach.core.reply.Reply.of(stored
                    ? "Got it: what you send me here goes to that server."
                    : "Got it: what you send me here goes to that server. I could not store the choice, so I may"
                    + " ask again after I restart."), guild))
                    .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                    .queue(null, SlashCommandListener.failed("confirm a server"));
            directMessages.answerHeld(guild, event.getUser());
            return;
        }
        if (decoded.get().message().isEmpty()) {
            event.getHook().editOriginal(renderer.edit(com.referralcoach.core.reply.Reply.of("That button is from"
                    + " before I restarted; please type what it said instead."), guild))
                    .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                    .queue(null, SlashCommandListener.failed("answer an expired button"));
            return;
        }
        String text = decoded.get().message().get();
        directMessages.answerLeftover(event.getUser());
        List<MessageEmbed> before = event.getMessage().getEmbeds();
        List<MessageEmbed> said = settles.isEmpty() ? before.subList(0, Math.min(1, before.size())) : before;
        conversations.say(speaker(event, guild), text, reply -> event.getHook()
                .editOriginal(renderer.answered(said, event.getButton().getLabel(), reply, guild, kept))
                .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                .queue(null, SlashCommandListener.failed("answer a click")));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!seen.firstTime(event.getId())) {
            return;
        }
        Optional<Decoded> decoded = ids.decode(event.getModalId());
        if (decoded.isEmpty()) {
            PoliteRefusals.tell(event, PoliteRefusals.EXPIRED_FORM);
            return;
        }
        String guild = event.isFromAttachedGuild() ? event.getGuild().getId() : decoded.get().guild();
        boolean referral = decoded.get().kind() == Kind.REFERRAL_FORM;
        Optional<FilledForm> typed = referral
                ? CommandTranslator.referral(field -> value(event, field)) : Optional.empty();
        Optional<String> text = referral ? Optional.empty() : value(event, Forms.MESSAGE);
        if (text.isEmpty() && typed.isEmpty()) {
            PoliteRefusals.tell(event, PoliteRefusals.EMPTY_FORM);
            return;
        }
        boolean behindWork = conversations.busy(event.getUser().getId()); // before the form's first-use record
        if (event.isFromAttachedGuild()) {
            homes.used(event.getUser().getId(), guild);
        }
        directMessages.answerLeftover(event.getUser());
        acknowledgement.start(event, guild, "a form", behindWork, answer -> {
            if (typed.isPresent()) {
                conversations.act(speaker(event, guild), "the referral form", typed.get(), answer);
            } else {
                conversations.say(speaker(event, guild), text.get(), answer);
            }
        });
    }

    /**
     * False when the clicked message is a public post the bot made for one member (it starts with their mention,
     * {@link DiscordRenderer#mentioning}) and someone else clicked: everyone in that channel sees its buttons.
     */
    private static boolean forClicker(ButtonInteractionEvent event) {
        Matcher owner = FOR_MEMBER.matcher(event.getMessage().getContentRaw());
        return !event.isFromGuild() || !owner.matches() || owner.group(1).equals(event.getUser().getId());
    }

    /**
     * One click per set of buttons a click settles: a sibling of the set clicked before the edit landed is ignored;
     * another person's buttons in the same message are a set of their own.
     */
    private static String clickedOnce(ButtonInteractionEvent event, List<Button> shown, List<Button> kept) {
        return "clicked:" + event.getMessageId() + ":" + String.join(",", shown.stream().filter(b -> !kept.contains(b))
                .map(button -> String.valueOf(button.getCustomId())).toList());
    }

    private static Optional<String> value(ModalInteractionEvent event, String field) {
        return Optional.ofNullable(event.getValue(field)).map(ModalMapping::getAsString).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** The member who clicked or sent a form in a server; in a DM, the user speaking for the server it names. */
    private static Speaker speaker(GenericInteractionCreateEvent event, String guild) {
        return event.isFromAttachedGuild()
                ? Speaker.inServer(guild, event.getUser(), event.getUser().getEffectiveName(), event.getMember())
                : Speaker.inDirectMessages(guild, event.getUser());
    }
}
