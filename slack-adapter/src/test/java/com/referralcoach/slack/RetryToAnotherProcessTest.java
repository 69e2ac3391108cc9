package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two bot processes in HTTP mode behind one load balancer, on one store: Slack retries an event, and the retry lands
 * on the other process. The shared ledger of handled events makes it one meeting and one answer.
 */
@ExtendWith(EmbeddedMongo.class)
class RetryToAnotherProcessTest {
    private static SlackBot process(MongoDatabase db, FakeSlackApi api) {
        BotEngine engine = new BotEngine(MongoCoachStore.open(db, Clock.systemUTC()), new ChatParser(),
                Clock.systemUTC(), ZoneOffset.UTC);
        return SlackBot.start(new SlackSettings(SlackRig.BOT_TOKEN, Optional.empty(), Optional.of(SlackRig.SIGNING_SECRET),
                        OptionalInt.of(0), URI.create(api.apiUrl())), engine, MongoCoachStore.openInbox(db),
                MongoCoachStore.openInstallations(db), Clock.systemUTC(), FileRoutes.none(),
                MongoCoachStore.openEventLedger(db));
    }

    @Test
    void aRetryThatLandsOnAnotherProcessIsHandledOnce(MongoDatabase db) throws Exception {
        try (FakeSlackApi api = new FakeSlackApi(); SlackBot first = process(db, api); SlackBot second = process(db, api)) {
            String body = SlackPayloads.directMessage(TEAM, "U1", "met Jane Doe at Acme", "EvLb1").toString();
            assertThat(new SignedPost(first.httpPort()).post(body, "application/json").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> api.calls("chat.postMessage").size() == 1);

            SignedPost toSecond = new SignedPost(second.httpPort());
            assertThat(toSecond.post(body, "application/json", "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                    "http_timeout").statusCode()).isEqualTo(200);
            // the same rep's next message on the second process is answered after anything before it
            String next = SlackPayloads.directMessage(TEAM, "U1", "pipeline", "EvLb2").toString();
            assertThat(toSecond.post(next, "application/json").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> api.calls("chat.postMessage").size() >= 2);

            assertThat(api.calls("chat.postMessage")).hasSize(2);
            BotEngine check = new BotEngine(MongoCoachStore.open(db, Clock.systemUTC()), new ChatParser(),
                    Clock.systemUTC(), ZoneOffset.UTC);
            assertThat(check.handle(new IncomingMessage(new WorkspaceId(TEAM), new RepId("U1"), "Rita",
                    "contact Jane Doe")).fields()).anySatisfy(f -> assertThat(f.value()).startsWith("1:"));
        }
    }
}
