package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fake gateway refuses what Discord refuses (a shard outside the total, one shard for too many servers), and the
 * bot without DISCORD_SHARDS runs as many shards as Discord recommends, all in one process.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(90)
class ShardedGatewayTest {

    @Test
    void aShardIdOutsideTheTotalIsRefusedWithInvalidShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales")) {
            assertThat(closeCodeOf(discord, DataArray.empty().add(2).add(2))).isEqualTo(4010);
        }
    }

    @Test
    void identifyingWithoutShardsForMoreServersThanOneShardHoldsIsRefusedWithShardingRequired() throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(2, "Acme Sales", "Globex Sales")) {
            discord.limitGuildsPerShard(1);

            assertThat(closeCodeOf(discord, null)).isEqualTo(4011);
        }
    }

    @Test
    void withoutShardsSetTheBotRunsDiscordsRecommendedCountAndServesEveryServer(MongoDatabase db) throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(2, "Acme Sales", "Globex Sales")) {
            discord.limitGuildsPerShard(1);
            try (ShardProcess only = ShardProcess.start(discord, db, Clock.systemUTC(), "")) {
                assertThat(discord.identifies()).extracting(identify -> identify.getArray("shard").toList())
                        .containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
                for (FakeDiscord.Server server : List.of(discord.server(0), discord.server(1))) {
                    DiscordRig.answerTo(discord, discord.slash(server, discord.user("rita"), "coach",
                            Map.of("text", "help")));
                }
                await().atMost(DiscordRig.WAIT).until(() -> only.handled() == 2);
                assertThat(only.bot.connected()).isTrue();
            }
        }
    }

    @Test
    void aBotWhoseShardTheGatewayRefusesDoesNotStart(MongoDatabase db) throws Exception {
        try (FakeDiscord discord = FakeDiscord.startSharded(2, "Acme Sales", "Globex Sales", "Initech Sales")) {
            discord.limitGuildsPerShard(1); // three servers need three shards; two are too few

            assertThatThrownBy(() -> ShardProcess.start(discord, db, Clock.systemUTC(), "0-1/2"))
                    .isInstanceOf(ReferralCoachException.class).hasMessageContaining("4011");
        }
    }

    /** Identifies on a raw connection, {@code shard} null for none, and returns the code the gateway closed with. */
    private static int closeCodeOf(FakeDiscord discord, DataArray shard) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        DataObject identify = DataObject.empty().put("token", FakeDiscord.TOKEN).put("intents", 1 << 12)
                .put("properties", DataObject.empty().put("os", "linux").put("browser", "test").put("device", "test"));
        if (shard != null) {
            identify.put("shard", shard);
        }
        WebSocketClient client = new WebSocketClient(new URI(discord.settings().gatewayUrl())) {
            @Override
            public void onOpen(ServerHandshake handshake) {
            }

            @Override
            public void onMessage(String message) {
                if (DataObject.fromJson(message).getInt("op") == 10) {
                    send(DataObject.empty().put("op", 2).put("d", identify).toString());
                }
            }

            @Override
            public void onClose(int code, String reason, boolean remote) {
                closed.complete(code);
            }

            @Override
            public void onError(Exception error) {
                closed.completeExceptionally(error);
            }
        };
        try {
            client.connectBlocking(10, TimeUnit.SECONDS);
            return closed.get(10, TimeUnit.SECONDS);
        } finally {
            client.closeBlocking();
        }
    }
}
