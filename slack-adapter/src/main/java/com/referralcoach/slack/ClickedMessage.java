package com.referralcoach.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * The message a rep clicked a button on: where it is, how to replace it, and its blocks without any buttons,
 * so the same choice cannot be made twice.
 */
record ClickedMessage(String channel, String ts, boolean ephemeral, String responseUrl, List<LayoutBlock> keptBlocks) {
    ClickedMessage {
        keptBlocks = keptBlocks.stream().filter(b -> !(b instanceof ActionsBlock)).toList();
    }
}
