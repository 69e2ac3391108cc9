package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    @Test
    void textIsEscapedSoNothingPings() {
        List<LayoutBlock> blocks = BlockKitRenderer.blocks(Reply.of("met <!channel> & <@U1> <http://x|y>"), 50);

        assertThat(((SectionBlock) blocks.get(0)).getText().getText())
                .isEqualTo("met &lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;");
        assertThat(BlockKitRenderer.fallbackText(Reply.of("<!here>"))).isEqualTo("&lt;!here&gt;");
    }

    @Test
    void typedFormattingAndLinksAreShownLiterally() {
        String typed = "Saved: *Mona* _Lisa_ ~Corp~ `x` ```y``` at https://evil.example <https://evil.example|Mona>";
        Reply reply = new Reply(typed, List.of(new Field("Company", "*Globex* _Inc_")), List.of());

        List<LayoutBlock> blocks = BlockKitRenderer.blocks(reply, 50);

        var section = (com.slack.api.model.block.composition.MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText();
        var field = (com.slack.api.model.block.composition.MarkdownTextObject) ((SectionBlock) blocks.get(1))
                .getFields().get(0);
        for (var text : List.of(section, field)) {
            assertThat(text.getVerbatim()).as("no auto-links").isTrue();
        }
        String shown = section.getText() + field.getText().substring(field.getText().indexOf('\n'));
        assertThat(shown.replaceAll("\u200B[*_~`]", "")).doesNotContain("*", "_", "~", "`", "<http");
        assertThat(section.getText().replace("\u200B", "")).isEqualTo(MrkdwnEscaper.escape(typed).replace("\u200B", ""))
                .contains("&lt;https://evil.example|Mona&gt;");
        assertThat(SeenInSlack.decoded(section.getText())).isEqualTo(typed);
        assertThat(MrkdwnEscaper.cutPoint("a".repeat(9) + "\u200B*", 10)).as("a mark keeps its space").isEqualTo(9);
    }

    @Test
    void aChannelLinkStaysALinkButNothingElseInAngleBracketsDoes() {
        assertThat(MrkdwnEscaper.escape("digest to <#C0EAST|sales-east>, <#C1|@everyone> <#C2> <!channel>"))
                .isEqualTo("digest to <#C0EAST|sales-east>, &lt;#C1|@everyone&gt; <#C2> &lt;!channel&gt;");
    }

    @Test
    void longTextIsSplitIntoSectionsOfAtMost3000CharactersWithoutBreakingAnEntity() {
        String text = "<>".repeat(2000) + " " + "word ".repeat(1500);

        List<LayoutBlock> blocks = BlockKitRenderer.blocks(Reply.of(text), 50);

        StringBuilder joined = new StringBuilder();
        for (LayoutBlock block : blocks) {
            String part = ((SectionBlock) block).getText().getText();
            assertThat(part.length()).isLessThanOrEqualTo(3000);
            assertThat(part).doesNotEndWith("&").doesNotEndWith("&l").doesNotEndWith("&lt");
            joined.append(part);
        }
        assertThat(joined.toString()).isEqualTo(MrkdwnEscaper.escape(text.strip()));
    }

    @Test
    void tooManyBlocksAreCutWithANoteAndTheButtonsKept() {
        List<Field> fields = IntStream.range(0, 700).mapToObj(i -> new Field("F" + i, "v")).toList();
        Reply reply = new Reply("hello", fields, List.of(SuggestedAction.send("Asked", "asked Jane Doe")));

        List<LayoutBlock> blocks = BlockKitRenderer.blocks(reply, 50);

        assertThat(blocks).hasSize(50);
        assertThat(blocks.get(48)).isInstanceOf(ContextBlock.class);
        assertThat(blocks.get(49)).isInstanceOf(ActionsBlock.class);
        assertThat(((SectionBlock) blocks.get(1)).getFields()).hasSize(10);
    }

    @Test
    void buttonsCarryTheirMessageAndTemplatesAreMarked() {
        Reply reply = Reply.of("x").withActions(List.of(SuggestedAction.send("Asked", "asked Jane Doe"),
                SuggestedAction.template("Got a referral", "Jane Doe referred ")));

        ActionsBlock actions = (ActionsBlock) BlockKitRenderer.blocks(reply, 50).get(1);

        assertThat(actions.getElements()).hasSize(2);
        assertThat(actions.getBlockId()).startsWith(BlockKitRenderer.ACTIONS_BLOCK);
        var send = (com.slack.api.model.block.element.ButtonElement) actions.getElements().get(0);
        var template = (com.slack.api.model.block.element.ButtonElement) actions.getElements().get(1);
        assertThat(send.getActionId()).isEqualTo("coach_send_0");
        assertThat(send.getValue()).isEqualTo("asked Jane Doe");
        assertThat(template.getActionId()).isEqualTo("coach_template_1");
        assertThat(template.getText().getText()).isEqualTo("Got a referral …");
    }
}
