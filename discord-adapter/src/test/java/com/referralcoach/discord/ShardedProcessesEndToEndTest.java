package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.discord.FakeDiscord.Server;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two bot processes on one store split the shards of one bot ({@code 0/2} and {@code 1/2}) against a gateway as
 * strict as Discord's: a server's commands reach only the process running its shard, direct messages only the one
 * running shard 0, and either process can send a reminder to anyone, through REST.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(120)
class ShardedProcessesEndToEndTest {
    // Monday 23 November 2026, 10:00 in Berlin: working hours.
    private final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, DiscordRig.ZONE)
            .toInstant());
    private MongoDatabase db;
    private FakeDiscord discord;
    private ShardProcess first;
    private ShardProcess second;
    private Server acme;
    private Server globex;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        this.db = db;
        discord = FakeDiscord.startSharded(2, "Acme Sales", "Globex Sales");
        acme = discord.server(0);
        globex = discord.server(1);
        first = ShardProcess.start(discord, db, clock, "0/2");
        second = ShardProcess.start(discord, db, clock, "1/2");
    }

    @AfterEach
    void stop() throws Exception {
        try (FakeDiscord fake = discord; ShardProcess one = first; ShardProcess two = second) {
            assertThat(fake.failedInteractions()).as("interactions not answered within 3 s").isEmpty();
        }
    }

    @Test
    void eachProcessIdentifiesItsShardAndIsConnected() {
        assertThat(discord.identifies()).extracting(identify -> identify.getArray("shard").toList())
                .containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
        assertThat(first.bot.connected()).isTrue();
        assertThat(second.bot.connected()).isTrue();
    }

    @Test
    void aProcessIsConnectedOnlyWhileEveryShardOfItsIs() {
        discord.gateway().cutOff(1);

        await().atMost(DiscordRig.WAIT).until(() -> !second.bot.connected());
        assertThat(first.bot.connected()).isTrue();

        discord.gateway().restore(1);
        // JDA's reconnect back-off doubles while the shard is cut off; on a loaded machine the next try can be a
        // minute away
        await().atMost(Duration.ofSeconds(120)).until(() -> second.bot.connected());
    }

    @Test
    void aServersCommandsAreHandledOnceByTheProcessRunningItsShardOnly() {
        String inAcme = discord.slash(acme, discord.user("rita"), "coach", Map.of("text", "help"));
        assertThat(textOf(DiscordRig.answerTo(discord, inAcme))).isNotBlank();
        await().atMost(DiscordRig.WAIT).until(() -> first.handled() == 1);
        assertThat(second.handled()).isZero();

        String inGlobex = discord.slash(globex, discord.user("sam"), "coach", Map.of("text", "help"));
        assertThat(textOf(DiscordRig.answerTo(discord, inGlobex))).isNotBlank();
        await().atMost(DiscordRig.WAIT).until(() -> second.handled() == 1);
        assertThat(first.handled()).isEqualTo(1);
        assertThat(discord.requests()).filteredOn(r -> r.is("POST", "interactions/")).hasSize(2);
        assertThat(discord.gateway().deliveredOn(0, inAcme)).isTrue();
        assertThat(discord.gateway().deliveredOn(1, inAcme)).isFalse();
        assertThat(discord.gateway().deliveredOn(1, inGlobex)).isTrue();
        assertThat(discord.gateway().deliveredOn(0, inGlobex)).isFalse();
    }

    @Test
    void aDirectMessageIsHandledByTheProcessRunningShardZeroEvenForAServerOnTheOtherShard() {
        String sam = discord.user("sam");
        coach(globex, "sam", "help");
        await().atMost(DiscordRig.WAIT).until(() -> MongoCoachStore.openMemberHomes(db).of(DiscordBot.PLATFORM, sam)
                .usedIn().contains(new WorkspaceId(globex.id())));
        int before = first.handled();

        discord.directMessage(sam, "referral from Jane Doe: Tom Lee (Globex)");

        assertThat(textOf(DirectMessagesEndToEndTest.awaitMessages(discord, discord.dmChannelOf(sam), 1).get(0)))
                .contains("Saved: new lead Tom Lee");
        await().atMost(DiscordRig.WAIT).until(() -> first.handled() == before + 1);
        assertThat(second.handled()).isEqualTo(1); // the command in Globex, nothing more
        assertThat(second.engine.knownNames(new WorkspaceId(globex.id()), "tom")).containsExactly("Tom Lee");
    }

    @Test
    void aReminderIsSentByTheProcessWithoutShardZeroForAServerItDoesNotSee() throws Exception {
        String rita = discord.user("rita");
        assertThat(coach(acme, "rita", "meeting with Jane Doe (Acme) ends 10:30 about the renewal"))
                .contains("remind you to ask Jane");
        ReminderDispatcher dispatcher = new ReminderDispatcher(second.store.reminders(), ReminderComposer.over(
                second.store, new ReminderPlanner(second.store.reminders()), DiscordRig.ZONE), second.bot, clock,
                DispatchSettings.defaults());
        clock.advance(Duration.ofMinutes(31));

        assertThat(second.bot.serves(new WorkspaceId(acme.id()))).isTrue();
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        DataObject reminder = DirectMessagesEndToEndTest.awaitMessages(discord, discord.dmChannelOf(rita), 1).get(0);
        assertThat(textOf(reminder)).contains("Jane");

        // Its button is clicked in the DMs: no server, so shard 0's process records the answer.
        int secondBefore = second.handled();
        String asked = DiscordRig.buttonIds(reminder).stream().filter(id -> id.endsWith("|asked Jane Doe"))
                .findFirst().orElseThrow();
        String click = discord.click(null, rita, reminder, asked);
        assertThat(textOf(DiscordRig.answerTo(discord, click))).contains("Saved: you asked Jane Doe for a referral");
        assertThat(discord.gateway().deliveredOn(0, click)).isTrue();
        assertThat(second.handled()).isEqualTo(secondBefore);
    }

    @Test
    void aChannelPostGoesOutFromTheProcessRunningTheServersShardAndWaitsElsewhere() throws Exception {
        ChannelRef sales = new ChannelRef(globex.channelId(), "sales");

        assertThatThrownBy(() -> first.bot.publish(new WorkspaceId(globex.id()), sales, Reply.of("Weekly digest"),
                List.of()).get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DeliveryFailure.class)
                .matches(cause -> !((DeliveryFailure) cause).isPermanent(), "a failure another process can retry");
        second.bot.publish(new WorkspaceId(globex.id()), sales, Reply.of("Weekly digest"), List.of())
                .get(20, TimeUnit.SECONDS);

        assertThat(discord.messagesIn(globex.channelId())).extracting(DiscordRig::textOf)
                .singleElement().asString().contains("Weekly digest");
    }

    private String coach(Server server, String user, String text) {
        return textOf(DiscordRig.answerTo(discord, discord.slash(server, discord.user(user), "coach",
                Map.of("text", text))));
    }
}
