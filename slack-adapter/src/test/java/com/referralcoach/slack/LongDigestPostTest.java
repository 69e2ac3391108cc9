package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
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
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team of 100 reps makes a digest of about 30,000 characters: Slack takes it as several messages in a row, each
 * within Slack's limits, every line whole and in order, and the chart once after the last.
 */
@ExtendWith(EmbeddedMongo.class)
class LongDigestPostTest {
    private static final ChannelRef SALES_EAST = new ChannelRef("C0EAST", "sales-east");

    @Test
    void aHundredRepDigestArrivesWholeInSeveralMessagesWithinSlacksLimits(MongoDatabase db) throws Exception {
        Reply digest = Reply.of(hundredRepDigest());

        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.bot.publish(new WorkspaceId(TEAM), SALES_EAST, digest,
                    List.of(Attachment.png("digest-east.png", ChannelPublishTest.png(40, 30), "Goal progress")))
                    .get(30, TimeUnit.SECONDS);

            List<FakeSlackApi.Call> posts = new SlackChat(rig).postsIn(SALES_EAST.id());
            assertThat(posts).hasSizeGreaterThan(1);
            assertThat(posts).allSatisfy(post -> assertThat(SlackMessageLimits.broken(post.params())).isEmpty());
            String shown = posts.stream().map(SeenInSlack::text).collect(Collectors.joining("\n"));
            assertThat(shown.lines()).containsExactlyElementsOf(digest.text().lines().toList());
            assertThat(rig.api.files.sharedIn(SALES_EAST.id())).hasSize(1);
            assertThat(rig.api.calls("files.getUploadURLExternal")).hasSize(1);
            assertThat(posts.get(posts.size() - 1).atNanos())
                    .isLessThan(rig.api.calls("files.completeUploadExternal").get(0).atNanos());
        }
    }

    @Test
    void aPartSlackDoesNotTakeStopsTheRestAndTheChart(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpModeWithoutRetries(db)) {
            rig.api.rateLimit("chat.postMessage", 1, 7);

            Throwable failure = catchThrowable(() -> rig.bot.publish(new WorkspaceId(TEAM), SALES_EAST,
                    Reply.of(hundredRepDigest()), List.of(Attachment.png("digest-east.png",
                            ChannelPublishTest.png(4, 4), ""))).get(30, TimeUnit.SECONDS));

            assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeliveryFailure.class)
                    .hasMessageContaining("rate limited");
            assertThat(rig.api.calls("chat.postMessage:429")).hasSize(1);
            assertThat(rig.api.calls("chat.postMessage")).isEmpty();
            assertThat(rig.api.calls("files.getUploadURLExternal")).isEmpty();
        }
    }

    static String hundredRepDigest() {
        return BigDigest.text("East & <West>", "(R&D <North>)");
    }
}
