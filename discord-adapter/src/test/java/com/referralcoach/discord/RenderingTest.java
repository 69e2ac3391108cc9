package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class RenderingTest {
    private MongoDatabase database;
    private ActionIds ids;
    private DiscordRenderer renderer;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        ids = new ActionIds(MongoCoachStore.openActionTexts(database));
        renderer = new DiscordRenderer(ids);
    }

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
    void aDisguisedLinkIsShownLiterallyInEveryMessageAndEditTheBotSends() {
        String typed = "[Mona Mask](https://evil.example/claim)";
        Reply reply = new Reply("Saved: new lead " + typed, List.of(new Field("Lead", typed)),
                List.of(SuggestedAction.send("Contacted", "Mona Mask contacted")));
        List<MessageEmbed> embeds = new java.util.ArrayList<>();
        embeds.addAll(renderer.message(reply, "42").getEmbeds());
        embeds.addAll(renderer.edit(reply, "42").getEmbeds());
        embeds.addAll(renderer.answered(List.of(), typed, reply, "42", List.of()).getEmbeds());
        embeds.addAll(renderer.mentioning("7", reply, "42").getEmbeds());
        renderer.published(reply, "42", List.of()).forEach(post -> embeds.addAll(post.getEmbeds()));

        assertThat(embeds).hasSize(5).allSatisfy(embed -> {
            String shown = String.join("\n", java.util.Objects.toString(embed.getTitle(), ""),
                    embed.getDescription(), embed.getFields().get(0).getValue());
            assertThat(shown).contains("\\[Mona Mask\\]").doesNotContainPattern(
                    RealPayloadsEndToEndTest.MASKED_LINK);
        });
        assertThat(embeds.get(2).getTitle()).isEqualTo("\u2713 \\[Mona Mask\\](https://evil.example/claim)");
    }

    @Test
    void literalTextEscapesEveryMarkdownDiscordRendersAndNothingElse() {
        assertThat(LiteralText.of("[a](https://x.example) \\*b* __u__ ~~s~~ ||p|| `c`"))
                .isEqualTo("\\[a\\](https://x.example) \\\\\\*b\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|p\\|\\| \\`c\\`");
        assertThat(LiteralText.of("# Big\n## Bigger\n-# small\n> quote\n  >>> all"))
                .isEqualTo("\\# Big\n\\## Bigger\n\\-# small\n\\> quote\n  \\>>> all");
        assertThat(LiteralText.of("Jane Doe (Acme) #3fa9c1 @everyone <@&1> tom@globex.com - 12:30"))
                .isEqualTo("Jane Doe (Acme) #3fa9c1 @everyone <@&1> tom@globex.com - 12:30");
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
    void buttonsCarryTheirMessageOrAKeyToItThatOutlivesARestartAndNeverRepeat() {
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
        ActionIds afterRestart = new ActionIds(MongoCoachStore.openActionTexts(database));
        assertThat(afterRestart.decode(buttons.get(2).getCustomId()).orElseThrow())
                .isEqualTo(new ActionIds.Decoded(ActionIds.Kind.SEND, "42", java.util.Optional.of(long_)));
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
