package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The weekly digest's way into a Slack channel: the message as Block Kit, then the chart by external upload. */
@ExtendWith(EmbeddedMongo.class)
class ChannelPublishTest {
    private static final WorkspaceId WS = new WorkspaceId(TEAM);
    private static final ChannelRef MANAGERS = new ChannelRef("C0MGRS", "#sales-managers");

    @Test
    void theMessageAndThePngChartLandInTheChannel(MongoDatabase db) throws Exception {
        byte[] png = png(120, 80);
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.bot.publish(WS, MANAGERS, new Reply("Weekly digest: 12 asks, 4 referrals",
                    List.of(new Field("Top referrer", "Jane Doe")), List.of()),
                    List.of(Attachment.png("digest-week-47.png", png, "Asks and referrals by rep"))).get(10, TimeUnit.SECONDS);

            FakeSlackApi.Call post = rig.api.calls("chat.postMessage").get(0);
            assertThat(post.param("channel")).isEqualTo("C0MGRS");
            assertThat(post.param("text")).isEqualTo("Weekly digest: 12 asks, 4 referrals");
            assertThat(post.param("blocks")).contains("\"type\":\"section\"").contains("*Top referrer*");
            FakeSlackApi.Call asked = rig.api.calls("files.getUploadURLExternal").get(0);
            assertThat(asked.param("filename")).isEqualTo("digest-week-47.png");
            assertThat(asked.param("length")).isEqualTo(String.valueOf(png.length));
            List<FakeSlackFiles.Shared> shared = rig.api.files.sharedIn("C0MGRS");
            assertThat(shared).hasSize(1);
            assertThat(shared.get(0).title()).isEqualTo("Asks and referrals by rep");
            byte[] uploaded = rig.api.files.uploaded(shared.get(0).fileId()).orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(uploaded));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(120);
            assertThat(image.getHeight()).isEqualTo(80);
            assertThat(uploaded).isEqualTo(png);
            assertThat(post.atNanos()).isLessThan(rig.api.calls("files.completeUploadExternal").get(0).atNanos());
        }
    }

    @Test
    void channelWidePingsInTheTextArePrintedNotSent(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.bot.publish(WS, MANAGERS, Reply.of("Well done <!channel> @everyone <!here> <!subteam^S0LEADS>"),
                    List.of()).get(10, TimeUnit.SECONDS);

            FakeSlackApi.Call post = rig.api.calls("chat.postMessage").get(0);
            assertThat(post.decoded()).doesNotContain("<!channel>", "<!here>", "<!everyone>", "<!subteam")
                    .contains("&lt;!channel&gt; @everyone &lt;!here&gt; &lt;!subteam^S0LEADS&gt;");
            assertThat(post.param("link_names")).isNotIn("1", "true");
            assertThat(post.param("parse")).isNotEqualTo("full");
            assertThat(rig.api.calls("files.getUploadURLExternal")).isEmpty();
        }
    }

    @Test
    void anUnknownChannelIsAPermanentFailureAndNothingIsUploaded(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.api.failIn("C0GONE", "chat.postMessage", "channel_not_found");

            DeliveryFailure failure = failure(rig.bot.publish(WS, new ChannelRef("C0GONE", "#gone"),
                    Reply.of("Weekly digest"), List.of(Attachment.png("chart.png", png(4, 4), ""))));

            assertThat(failure.isPermanent()).isTrue();
            assertThat(failure.getMessage()).contains("channel_not_found");
            assertThat(rig.api.calls("files.getUploadURLExternal")).isEmpty();
        }
    }

    @Test
    void aChartTheBotMayNotShareIsAPermanentFailure(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.api.failIn("C0MGRS", "files.completeUploadExternal", "not_in_channel");

            DeliveryFailure failure = failure(rig.bot.publish(WS, MANAGERS, Reply.of("Weekly digest"),
                    List.of(Attachment.png("chart.png", png(4, 4), ""))));

            assertThat(failure.isPermanent()).isTrue();
            assertThat(failure.isNotInChannel()).as("the manager is told to invite the bot").isTrue();
            assertThat(failure.getMessage()).contains("not_in_channel").contains("invite the bot");
        }
    }

    @Test
    void aRateLimitedUploadFailsWithSlacksRetryAfter(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpModeWithoutRetries(db)) {
            rig.api.rateLimit("files.getUploadURLExternal", 1, 7);

            DeliveryFailure failure = failure(rig.bot.publish(WS, MANAGERS, Reply.of("Weekly digest"),
                    List.of(Attachment.png("chart.png", png(4, 4), ""))));

            assertThat(failure.isPermanent()).isFalse();
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        }
    }

    private static DeliveryFailure failure(CompletableFuture<Void> publish) {
        Throwable thrown = catchThrowable(() -> publish.get(10, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(DeliveryFailure.class);
        return (DeliveryFailure) thrown.getCause();
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? Color.ORANGE.getRGB() : new Color(x * 2 % 256, y * 3 % 256, 90).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
