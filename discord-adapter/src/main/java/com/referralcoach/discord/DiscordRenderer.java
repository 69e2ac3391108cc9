package com.referralcoach.discord;

import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a core {@link Reply} as Discord sees it: the text and fields in an embed (markdown escaped, so what a
 * member typed shows literally), the suggested actions as buttons, and no mention that could ping anyone: every
 * message and every edit says so in its allowed mentions.
 */
final class DiscordRenderer {
    static final EnumSet<MentionType> NO_MENTIONS = EnumSet.noneOf(MentionType.class);
    private static final Color COACH_GREEN = new Color(0x2E7D32);
    private static final int MAX_BUTTONS = 25;
    private static final int MAX_LABEL = 80;

    private final ActionIds ids;

    DiscordRenderer(ActionIds ids) {
        this.ids = ids;
    }

    MessageCreateData message(Reply reply, String guild) {
        return new MessageCreateBuilder().setEmbeds(embed(reply, null)).setComponents(buttons(reply, guild))
                .setAllowedMentions(NO_MENTIONS).build();
    }

    MessageEditData edit(Reply reply, String guild) {
        return new MessageEditBuilder().setEmbeds(embed(reply, null))
                .setComponents(buttons(reply, guild)).setAllowedMentions(NO_MENTIONS).build();
    }

    /**
     * A clicked message after the click: what it said (and the answers to earlier clicks in {@code before}), then what
     * the click did; of its old buttons only {@code kept} stay (another person's, in a message about several), then
     * the answer's own. The oldest earlier answers go when Discord's limits on embeds would be passed.
     */
    MessageEditData answered(List<MessageEmbed> before, String clicked, Reply reply, String guild, List<Button> kept) {
        List<MessageEmbed> embeds = new ArrayList<>(before);
        embeds.add(embed(reply, "\u2713 " + clicked));
        while (embeds.size() > 2 && (embeds.size() > Message.MAX_EMBED_COUNT
                || embeds.stream().mapToInt(MessageEmbed::getLength).sum() > MessageEmbed.EMBED_MAX_LENGTH_BOT)) {
            embeds.remove(1);
        }
        List<Button> buttons = new ArrayList<>(kept);
        Set<String> shown = new HashSet<>(kept.stream().map(Button::getCustomId).toList());
        rows(buttons(reply, guild)).stream().filter(b -> shown.add(b.getCustomId())).forEach(buttons::add);
        List<Button> fitting = buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size()));
        return new MessageEditBuilder().setEmbeds(embeds)
                .setComponents(fitting.isEmpty() ? List.of() : ActionRow.partitionOf(fitting))
                .setAllowedMentions(NO_MENTIONS).build();
    }

    private static List<Button> rows(List<ActionRow> rows) {
        return rows.stream().flatMap(row -> row.getButtons().stream()).toList();
    }

    /** For a server channel: the member is mentioned (and only they may be pinged), the reply below. */
    MessageCreateData mentioning(String userId, Reply reply, String guild) {
        return new MessageCreateBuilder().setContent("<@" + userId + ">").setEmbeds(embed(reply, null))
                .setComponents(buttons(reply, guild)).setAllowedMentions(NO_MENTIONS).mentionUsers(userId).build();
    }

    /**
     * For a channel post (the digest): the reply as in a direct message, in as many messages as its text needs
     * ({@link DiscordParts}: whole lines, one embed description each), in order. The last one carries the fields,
     * the buttons and every attachment, its first image shown in the embed; fields that would take the last embed
     * over Discord's 6,000 characters get a message of their own.
     */
    List<MessageCreateData> published(Reply reply, String guild, List<Attachment> attachments) {
        List<String> parts = DiscordParts.of(reply.text().isBlank() ? "\u200b" : reply.text(),
                MessageEmbed.DESCRIPTION_MAX_LENGTH);
        List<MessageCreateData> messages = new ArrayList<>();
        parts.subList(0, parts.size() - 1).forEach(part -> messages.add(post(embed(part, List.of(), null))));
        String lastPart = parts.get(parts.size() - 1);
        MessageEmbed last;
        if (embedding(lastPart, reply.fields(), null).length() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
            messages.add(post(embed(lastPart, List.of(), null)));
            last = embed("\u200b", reply.fields(), null);
        } else {
            last = embed(lastPart, reply.fields(), null);
        }
        messages.add(closing(last, reply, guild, attachments));
        return messages;
    }

    /** The last message of a channel post: its embed showing the first image, the buttons, every attachment. */
    private MessageCreateData closing(MessageEmbed embed, Reply reply, String guild, List<Attachment> attachments) {
        MessageEmbed shown = attachments.stream().filter(file -> file.mediaType().startsWith("image/")).findFirst()
                .map(image -> new EmbedBuilder(embed).setImage("attachment://" + image.fileName()).build())
                .orElse(embed);
        return new MessageCreateBuilder().setEmbeds(shown).setComponents(buttons(reply, guild))
                .setFiles(attachments.stream().map(DiscordRenderer::upload).toList())
                .setAllowedMentions(NO_MENTIONS).build();
    }

    private static MessageCreateData post(MessageEmbed embed) {
        return new MessageCreateBuilder().setEmbeds(embed).setAllowedMentions(NO_MENTIONS).build();
    }

    private static FileUpload upload(Attachment attachment) {
        FileUpload file = FileUpload.fromData(attachment.bytes(), attachment.fileName());
        return attachment.description().isBlank() ? file
                : file.setDescription(cut(attachment.description().strip(), FileUpload.MAX_DESCRIPTION_LENGTH));
    }

    static String literal(String text) {
        return LiteralText.of(text);
    }

    private static MessageEmbed embed(Reply reply, String title) {
        return embed(fitted(reply.text().isBlank() ? "\u200b" : reply.text()), reply.fields(), title);
    }

    /**
     * A reply text too long for one embed (a big team's digest asked for in a DM) keeps its first whole lines and
     * says how many lines were left out; a channel post is never cut ({@link #published}).
     */
    static String fitted(String text) {
        String escaped = literal(text);
        if (escaped.length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH) {
            return escaped;
        }
        List<String> parts = DiscordParts.of(text, MessageEmbed.DESCRIPTION_MAX_LENGTH - 120);
        String first = parts.get(0);
        long shown = first.lines().count();
        long left = text.lines().count() - shown;
        return first + "\n\u2026 " + (left > 0 ? left + (left == 1 ? " more line" : " more lines")
                : "more") + " left out: too long for one Discord message.";
    }

    private static MessageEmbed embed(String description, List<Field> fields, String title) {
        return embedding(description, fields, title).build();
    }

    /** An embed of text already escaped (cut to fit one description), the fields, and a title if not null. */
    private static EmbedBuilder embedding(String description, List<Field> fields, String title) {
        EmbedBuilder embed = new EmbedBuilder().setColor(COACH_GREEN)
                .setDescription(cut(description, MessageEmbed.DESCRIPTION_MAX_LENGTH));
        if (title != null) {
            embed.setTitle(cut(literal(title), MessageEmbed.TITLE_MAX_LENGTH));
        }
        for (Field field : fields.subList(0, Math.min(25, fields.size()))) {
            embed.addField(cut(literal(field.label()), MessageEmbed.TITLE_MAX_LENGTH),
                    cut(literal(field.value()), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        return embed;
    }

    private List<ActionRow> buttons(Reply reply, String guild) {
        List<Button> buttons = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SuggestedAction action : reply.actions()) {
            if (buttons.size() >= MAX_BUTTONS) {
                break;
            }
            Optional<String> made = ids.of(guild, action);
            if (made.isPresent() && used.add(made.get())) {
                String id = made.get();
                String label = action.label().isBlank() ? action.message() : action.label();
                buttons.add(action.complete() ? Button.primary(id, cut(label, MAX_LABEL))
                        : Button.secondary(id, cut(label + "\u2026", MAX_LABEL)));
            }
        }
        return buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
