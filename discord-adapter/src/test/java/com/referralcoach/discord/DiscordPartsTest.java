package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class DiscordPartsTest {
    private DiscordRenderer renderer;

    @BeforeEach
    void open(MongoDatabase database) {
        renderer = new DiscordRenderer(new ActionIds(MongoCoachStore.openActionTexts(database)));
    }

    @Test
    void aLineLongerThanAnEmbedIsCutAtSpacesNeverInsideAnEscape() {
        String text = "Jane *Doe* ".repeat(900).strip();

        List<String> parts = DiscordParts.of(text, MessageEmbed.DESCRIPTION_MAX_LENGTH);

        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .allSatisfy(part -> assertThat(part).doesNotEndWith("\\").contains("\\*Doe\\*"));
        assertThat(String.join("", parts).replace("\\", "")).isEqualTo(text);
    }

    @Test
    void aShortPostIsOneMessageWithItsChart() {
        List<MessageCreateData> messages = renderer.published(Reply.of("Weekly digest: 12 asks"), "42",
                List.of(Attachment.png("chart.png", new byte[] {1, 2}, "")));

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).getFiles()).hasSize(1);
    }

    @Test
    void fieldsThatWouldOverfillTheLastEmbedComeInAMessageOfTheirOwnWithTheChart() {
        String text = "x".repeat(4000);
        List<Field> fields = IntStream.range(0, 5).mapToObj(i -> new Field("Rep " + i, "y".repeat(900))).toList();

        List<MessageCreateData> messages = renderer.published(new Reply(text, fields, List.of()), "42",
                List.of(Attachment.png("chart.png", new byte[] {1, 2}, "")));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getEmbeds().get(0).getDescription()).isEqualTo(text);
        assertThat(messages.get(0).getFiles()).isEmpty();
        assertThat(messages.get(1).getEmbeds().get(0).getFields()).hasSize(5);
        assertThat(messages.get(1).getFiles()).hasSize(1);
        assertThat(messages).allSatisfy(message -> assertThat(message.getEmbeds().get(0).getLength())
                .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT));
    }
}
