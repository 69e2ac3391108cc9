package com.referralcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders a reply as Block Kit within Slack's limits: text in mrkdwn sections (escaped, split at 3000
 * characters), fields ten to a section, suggested actions as buttons; what does not fit in the block limit is
 * cut with a note, never the buttons.
 */
final class BlockKitRenderer {
    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;
    static final String SEND = "coach_send_";
    static final String TEMPLATE = "coach_template_";
    static final String ACTIONS_BLOCK = "coach_actions_";
    private static final int SECTION_TEXT = 3000;
    private static final int FIELD_TEXT = 2000;
    private static final int FIELDS_PER_SECTION = 10;
    private static final int BUTTONS_PER_BLOCK = 25;
    private static final int BUTTON_TEXT = 75;
    private static final int BUTTON_VALUE = 2000;
    private static final String CUT_NOTE = "_…the rest did not fit in one Slack message._";

    private BlockKitRenderer() {
    }

    /** Mrkdwn shown as written: Slack makes no link of a URL, channel name or mention found in it. */
    static TextObject markdownText(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }

    /** The reply as at most {@code maxBlocks} blocks. */
    static List<LayoutBlock> blocks(Reply reply, int maxBlocks) {
        List<LayoutBlock> content = new ArrayList<>(textSections(reply.text()));
        content.addAll(fieldSections(reply.fields()));
        List<LayoutBlock> buttons = actionBlocks(reply.actions());
        if (content.isEmpty() && buttons.isEmpty()) {
            content.add(section(s -> s.text(markdownText(" "))));
        }
        if (content.size() + buttons.size() > maxBlocks) {
            int room = Math.max(0, maxBlocks - buttons.size() - 1);
            content = new ArrayList<>(content.subList(0, Math.min(room, content.size())));
            content.add(context(c -> c.elements(List.of(markdownText(CUT_NOTE)))));
        }
        content.addAll(buttons.subList(0, Math.min(buttons.size(), maxBlocks - content.size())));
        return content;
    }

    /** The notification text shown where blocks are not: the reply's text, escaped and cut. */
    static String fallbackText(Reply reply) {
        String escaped = MrkdwnEscaper.escape(reply.text());
        return escaped.substring(0, MrkdwnEscaper.cutPoint(escaped, SECTION_TEXT));
    }

    /** A context line, e.g. "✓ Asked". */
    static LayoutBlock note(String plain) {
        return context(c -> c.elements(List.of(markdownText(MrkdwnEscaper.escape(cut(plain, SECTION_TEXT))))));
    }

    static List<LayoutBlock> textSections(String text) {
        List<LayoutBlock> sections = new ArrayList<>();
        String rest = MrkdwnEscaper.escape(text.strip());
        while (!rest.isBlank()) {
            int cut = MrkdwnEscaper.cutPoint(rest, SECTION_TEXT);
            String chunk = rest.substring(0, cut);
            sections.add(section(s -> s.text(markdownText(chunk))));
            rest = rest.substring(cut);
        }
        return sections;
    }

    private static List<LayoutBlock> fieldSections(List<Field> fields) {
        List<LayoutBlock> sections = new ArrayList<>();
        for (int from = 0; from < fields.size(); from += FIELDS_PER_SECTION) {
            List<TextObject> texts = new ArrayList<>();
            for (Field field : fields.subList(from, Math.min(fields.size(), from + FIELDS_PER_SECTION))) {
                String escaped = "*" + MrkdwnEscaper.escape(field.label()) + "*\n" + MrkdwnEscaper.escape(field.value());
                texts.add(markdownText(escaped.substring(0, MrkdwnEscaper.cutPoint(escaped, FIELD_TEXT))));
            }
            sections.add(section(s -> s.fields(texts)));
        }
        return sections;
    }

    /**
     * The buttons, in blocks of their own per set a click settles together ({@link SuggestedAction#settlesWith}: one
     * row per person of a message about several, one for an ordinary message), each block's id ending with that set's
     * tag ({@link #settlesTag}) so a click takes away only its own set.
     */
    private static List<LayoutBlock> actionBlocks(List<SuggestedAction> suggested) {
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        for (int i = 0; i < suggested.size(); i++) {
            sets.computeIfAbsent(suggested.get(i).settlesWith(), k -> new ArrayList<>()).add(i);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        sets.forEach((settles, indexes) -> {
            for (int from = 0; from < indexes.size(); from += BUTTONS_PER_BLOCK) {
                List<BlockElement> buttons = new ArrayList<>();
                for (int i : indexes.subList(from, Math.min(indexes.size(), from + BUTTONS_PER_BLOCK))) {
                    buttons.add(button(suggested.get(i), i));
                }
                String blockId = ACTIONS_BLOCK + UUID.randomUUID().toString().substring(0, 8) + settlesTag(settles);
                blocks.add(actions(a -> a.blockId(blockId).elements(buttons)));
            }
        });
        return blocks;
    }

    /** The end of an actions block's id for the buttons that settle with {@code settlesWith}: "" for no one. */
    static String settlesTag(String settlesWith) {
        return settlesWith.isEmpty() ? "" : "." + UUID.nameUUIDFromBytes(settlesWith.getBytes(StandardCharsets.UTF_8))
                .toString().substring(0, 8);
    }

    /** The tag at the end of an actions block's id ({@link #settlesTag}); "" for a block of no one's buttons. */
    static String settlesTagOf(String blockId) {
        int dot = blockId == null ? -1 : blockId.lastIndexOf('.');
        return blockId != null && blockId.startsWith(ACTIONS_BLOCK) && dot > 0 ? blockId.substring(dot) : "";
    }

    private static BlockElement button(SuggestedAction action, int index) {
        String label = action.complete() ? action.label() : action.label() + " …";
        return BlockElements.button(b -> b.actionId((action.complete() ? SEND : TEMPLATE) + index)
                .text(plainText(pt -> pt.text(cut(label, BUTTON_TEXT)).emoji(true)))
                .value(cut(action.message(), BUTTON_VALUE)));
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
