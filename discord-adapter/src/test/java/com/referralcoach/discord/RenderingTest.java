package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private final ActionIds ids = new ActionIds();
    private final DiscordRenderer renderer = new DiscordRenderer(ids);

    @Test
    void textIsShownLiterallyAndNothingMayBePinged() {
        MessageCreateData message = renderer.message(new Reply("*Jane* @everyone <@&1>",
                List.of(new Field("Stage", "_new_")), List.of()), "42");

        assertThat(message.getEmbeds().get(0).getDescription()).isEqualTo("\\*Jane\\* @everyone <@&1>");
        assertThat(message.getEmbeds().get(0).getFields().get(0).getValue()).isEqualTo("\\_new\\_");
        assertThat(message.getAllowedMentions()).isEmpty();
        assertThat(message.toData().getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void aReplyTooLongForOneEmbedKeepsWholeLinesAndSaysHowManyAreLeftOut() {
        List<String> lines = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> String.format("- Rep %03d: %s", i, "figures ".repeat(36))).toList();

        String shown = renderer.message(Reply.of(String.join("\n", lines)), "42").getEmbeds().get(0).getDescription();

        assertThat(shown.length()).isLessThanOrEqualTo(4096);
        List<String> kept = shown.lines().toList().subList(0, (int) shown.lines().count() - 1);
        assertThat(kept).isEqualTo(lines.subList(0, kept.size()));
        assertThat(shown).endsWith("\u2026 " + (100 - kept.size()) + " more lines left out: too long for one Discord"
                + " message.");
    }

    @Test
    void buttonsCarryTheirMessageOrAKeyToItAndNeverRepeat() {
        String long_ = "snooze " + "x".repeat(120);
        MessageCreateData message = renderer.message(new Reply("ok", List.of(), List.of(
                SuggestedAction.send("Asked", "asked Jane Doe"), SuggestedAction.send("Asked again", "asked Jane Doe"),
                SuggestedAction.template("Referral", "Jane Doe referred "), SuggestedAction.send("Long", long_))), "42");

        List<Button> buttons = message.getComponentTree().findAll(Button.class);
        assertThat(buttons).hasSize(3);
        assertThat(buttons).allMatch(button -> button.getCustomId().length() <= ActionIds.MAX_ID);
        assertThat(ids.decode(buttons.get(0).getCustomId()).orElseThrow())
                .isEqualTo(new ActionIds.Decoded(ActionIds.Kind.SEND, "42", java.util.Optional.of("asked Jane Doe")));
        assertThat(ids.decode(buttons.get(1).getCustomId()).orElseThrow().kind()).isEqualTo(ActionIds.Kind.TEMPLATE);
        assertThat(ids.decode(buttons.get(2).getCustomId()).orElseThrow().message()).contains(long_);
        assertThat(new ActionIds().decode(buttons.get(2).getCustomId()).orElseThrow().message()).isEmpty();
    }

    @Test
    void atMostTwentyFiveButtonsInRowsOfFive() {
        Reply many = new Reply("ok", List.of(), IntStream.range(0, 30)
                .mapToObj(i -> SuggestedAction.send("A" + i, "asked person " + i)).toList());

        MessageCreateData message = renderer.message(many, "42");

        assertThat(message.getComponents()).hasSize(5);
        assertThat(message.getComponentTree().findAll(Button.class)).hasSize(25);
    }

    @Test
    void foreignIdsAreNotOurs() {
        assertThat(ids.decode("something-else")).isEmpty();
        assertThat(ids.decode("rc|z|42|x")).isEmpty();
        assertThat(ids.decode("rc|s")).isEmpty();
    }
}
