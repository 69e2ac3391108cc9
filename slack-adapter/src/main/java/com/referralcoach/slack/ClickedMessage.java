package com.referralcoach.slack;

import com.referralcoach.core.reply.SuggestedAction;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * The message a rep clicked a button on: where it is, how to replace it, and its blocks without the buttons the click
 * settles (all of an ordinary message's; in a message about several people, the clicked person's), so the same choice
 * cannot be made twice and the others' stay.
 */
record ClickedMessage(String channel, String ts, boolean ephemeral, String responseUrl, List<LayoutBlock> keptBlocks) {
    ClickedMessage {
        keptBlocks = List.copyOf(keptBlocks);
    }

    /** The message of {@code blocks} clicked in the actions block {@code clickedBlock}. */
    static ClickedMessage of(String channel, String ts, boolean ephemeral, String responseUrl, List<LayoutBlock> blocks,
                             String clickedBlock) {
        String clicked = BlockKitRenderer.settlesTagOf(clickedBlock);
        return new ClickedMessage(channel, ts, ephemeral, responseUrl, blocks.stream()
                .filter(b -> !(b instanceof ActionsBlock actions)
                        || !SuggestedAction.settles(clicked, BlockKitRenderer.settlesTagOf(actions.getBlockId())))
                .toList());
    }
}
