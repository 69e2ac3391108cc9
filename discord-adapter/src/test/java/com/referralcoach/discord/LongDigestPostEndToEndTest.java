package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.BigDigest;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Answer;
import com.referralcoach.discord.FakeRest.Recorded;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team of 100 reps makes a digest of about 31,000 characters: Discord takes it as several messages in a row,
 * each within Discord's limits, every line whole and in order, the chart once, with the last.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class LongDigestPostEndToEndTest {

    @Test
    void aHundredRepDigestArrivesWholeInSeveralMessagesWithinDiscordsLimits(MongoDatabase db) throws Exception {
        Reply digest = Reply.of(hundredRepDigest());
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);

            rig.bot.publish(new WorkspaceId(acme.id()), new ChannelRef(acme.channelId(), "sales"), digest,
                    List.of(Attachment.png("digest-east.png", png(40, 30), "Goal progress per rep")))
                    .get(DiscordRig.WAIT.toSeconds(), TimeUnit.SECONDS);

            List<DataObject> posted = rig.discord.messagesIn(acme.channelId());
            assertThat(posted.size()).as("messages posted").isGreaterThan(1);
            assertThat(rig.requests(r -> r.is("POST", "channels/" + acme.channelId() + "/messages")))
                    .hasSameSizeAs(posted);
            assertThat(posted).allSatisfy(message -> assertThat(DiscordMessageLimits.broken(message)).isEmpty());
            String shown = posted.stream().map(LongDigestPostEndToEndTest::descriptionOf)
                    .collect(Collectors.joining("\n"));
            assertThat(shown.lines()).containsExactlyElementsOf(digest.text().lines().map(MarkdownSanitizer::escape)
                    .toList());

            DataObject last = posted.get(posted.size() - 1);
            posted.subList(0, posted.size() - 1)
                    .forEach(message -> assertThat(rig.discord.uploadsOf(message.getString("id"))).isEmpty());
            List<Multipart.Part> files = rig.discord.uploadsOf(last.getString("id"));
            assertThat(files).extracting(Multipart.Part::fileName).containsExactly("digest-east.png");
            assertThat(last.getArray("embeds").getObject(0).getObject("image").getString("url"))
                    .isEqualTo("attachment://digest-east.png");
            BufferedImage chart = ImageIO.read(new ByteArrayInputStream(files.get(0).bytes()));
            assertThat(chart.getWidth()).isEqualTo(40);
            assertThat(chart.getHeight()).isEqualTo(30);
        }
    }

    @Test
    void aPartDiscordRefusesStopsTheRestAndTheChart(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            Predicate<Recorded> post = r -> r.is("POST", "channels/" + acme.channelId() + "/messages");
            AtomicInteger posts = new AtomicInteger();
            rig.discord.rest().failNext(r -> post.test(r) && posts.incrementAndGet() == 2, 1,
                    new Answer(403, "{\"code\":50013,\"message\":\"Missing Permissions\"}", Map.of()));

            Throwable failure = catchThrowable(() -> rig.bot.publish(new WorkspaceId(acme.id()),
                    new ChannelRef(acme.channelId(), "sales"), Reply.of(hundredRepDigest()),
                    List.of(Attachment.png("digest-east.png", png(4, 4), ""))).get(DiscordRig.WAIT.toSeconds(),
                    TimeUnit.SECONDS));

            assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeliveryFailure.class)
                    .hasMessageContaining("Missing Permissions")
                    .satisfies(cause -> assertThat(((DeliveryFailure) cause).isPermanent()).isTrue());
            assertThat(rig.requests(post)).hasSize(2);
            assertThat(rig.discord.messagesIn(acme.channelId())).hasSize(1)
                    .allSatisfy(first -> assertThat(rig.discord.uploadsOf(first.getString("id"))).isEmpty());
        }
    }

    private static String descriptionOf(DataObject message) {
        return message.getArray("embeds").getObject(0).getString("description", "");
    }

    static String hundredRepDigest() {
        return BigDigest.text("*East*", "*North*");
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2E7D32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
