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
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * About 31,000 characters in lines shaped like DigestText's, names with '&' and '<' so that Slack's escaping
     * lengthens them.
     */
    static String hundredRepDigest() {
        List<String> lines = new ArrayList<>();
        lines.add("Referral digest for team East & <West>, week of Nov 16-22 (Europe/Berlin)");
        lines.add("Team this week: 300 meetings, 200 asks (67% ask rate), 150 referrals, 120 of 150 new leads"
                + " contacted within 1 working hour, 90 referrer updates, 80 thank-yous, 40 won ($480,000), 60"
                + " referrals given, 5 testimonials. Goals: 150 of 400 referrals (month of November 2026): on track");
        for (int rep = 1; rep <= 100; rep++) {
            lines.add(String.format(Locale.US, "- Rep %03d (R&D <North>): %d meetings, %d asks (%d%% ask rate),"
                    + " %d referrals, 1 of 2 new leads contacted within 1 working hour, 1 referrer updates,"
                    + " 1 thank-yous, 1 won ($12,000), 0 referrals given, 0 testimonials. Goals: 2 of 3 asks"
                    + " (week of Nov 16-22): behind; 1 of 2 referrals given (week of Nov 16-22): behind",
                    rep, rep % 7 + 1, rep % 5, rep % 5 * 100 / (rep % 7 + 1), rep % 4));
        }
        lines.add("Business won in November 2026 so far: 40, 30 from referrals (75%); $480,000 in all, 80% of it"
                + " from referrals.");
        lines.add("Best ask rate: Rep 004 (R&D <North>) (100%). Most referrals: Rep 003 (R&D <North>) (3).");
        lines.add("Waiting longest for a first contact: Amy Ng (Rep 001, since Nov 17); Tom Lee (Rep 002, since"
                + " Nov 18).");
        return String.join("\n", lines);
    }
}
