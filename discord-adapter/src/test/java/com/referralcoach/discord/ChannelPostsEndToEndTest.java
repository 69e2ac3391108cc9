package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Answer;
import com.referralcoach.discord.FakeRest.Recorded;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class ChannelPostsEndToEndTest {
    private static final Reply DIGEST = Reply.of("Weekly digest for @everyone and <@&123>: 12 asks, 3 referrals");

    @Test
    void aDigestWithItsChartIsOneMessageInTheChannelThatPingsNobody(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);

            publish(rig, acme, acme.channelId(), png(64, 32)).get(DiscordRig.WAIT.toSeconds(), TimeUnit.SECONDS);

            List<DataObject> posted = rig.discord.messagesIn(acme.channelId());
            assertThat(posted).hasSize(1);
            assertThat(textOf(posted.get(0))).contains("Weekly digest").contains("@everyone").contains("<@&123>");
            List<Multipart.Part> files = rig.discord.uploadsOf(posted.get(0).getString("id"));
            assertThat(files).extracting(Multipart.Part::fileName).containsExactly("chart.png");
            BufferedImage chart = ImageIO.read(new ByteArrayInputStream(files.get(0).bytes()));
            assertThat(chart.getWidth()).isEqualTo(64);
            assertThat(chart.getHeight()).isEqualTo(32);
            DataObject payload = payloadOf(rig.awaitRequest(postIn(acme.channelId())));
            assertThat(payload.getArray("embeds").getObject(0).getObject("image").getString("url"))
                    .isEqualTo("attachment://chart.png");
            DataObject allowed = payload.getObject("allowed_mentions");
            assertThat(allowed.getArray("parse").toList()).doesNotContain("everyone", "roles");
            assertThat(allowed.optArray("roles").map(DataArray::length).orElse(0)).isZero();
        }
    }

    @Test
    void aChannelOfAnotherServerIsRefusedWithoutPosting(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales", "Globex Sales")) {
            Server acme = rig.discord.server(0);
            Server globex = rig.discord.server(1);

            assertPermanent(publish(rig, acme, globex.channelId(), png(8, 8)), "not a text channel of server");
            assertThat(rig.requests(postIn(globex.channelId()))).isEmpty();
            assertThat(rig.discord.messagesIn(globex.channelId())).isEmpty();
        }
    }

    @Test
    void aRateLimitIsWaitedOutAndTheFileSentAgain(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            rig.discord.rest().failNext(postIn(acme.channelId()), 1, new Answer(429, "{\"message\":\"You are being "
                    + "rate limited.\",\"retry_after\":1.0,\"global\":false}", Map.of("Retry-After", "1",
                    "Via", "1.1 google")));

            publish(rig, acme, acme.channelId(), png(20, 10)).get(DiscordRig.WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(rig.requests(postIn(acme.channelId()))).hasSize(2);
            DataObject posted = rig.discord.messagesIn(acme.channelId()).get(0);
            byte[] resent = rig.discord.uploadsOf(posted.getString("id")).get(0).bytes();
            assertThat(ImageIO.read(new ByteArrayInputStream(resent)).getWidth()).isEqualTo(20);
        }
    }

    @Test
    void missingAccessIsPermanentAndSaysWhere(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            rig.discord.rest().failNext(postIn(acme.channelId()), 1,
                    new Answer(403, "{\"code\":50001,\"message\":\"Missing Access\"}", Map.of()));

            assertPermanent(publish(rig, acme, acme.channelId(), png(8, 8)), "#sales (" + acme.channelId() + ")");
        }
    }

    private static CompletableFuture<Void> publish(DiscordRig rig, Server workspace, String channel, byte[] png) {
        return rig.bot.publish(new WorkspaceId(workspace.id()), new ChannelRef(channel, "sales"), DIGEST,
                List.of(Attachment.png("chart.png", png, "Asks and referrals per rep")));
    }

    private static void assertPermanent(CompletableFuture<Void> publish, String says) {
        assertThatThrownBy(() -> publish.get(DiscordRig.WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining(says)
                .satisfies(failure -> assertThat(((DeliveryFailure) failure).isPermanent()).isTrue());
    }

    private static Predicate<Recorded> postIn(String channel) {
        return r -> r.is("POST", "channels/" + channel + "/messages");
    }

    private static DataObject payloadOf(Recorded request) {
        assertThat(request.isMultipart()).isTrue();
        return DataObject.fromJson(Multipart.parse(request.contentType(), request.bytes()).field("payload_json")
                .orElseThrow().text());
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2E7D32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
