package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class DirectMessagesEndToEndTest {

    @Test
    void aDirectMessageWorksLikeTheTerminalChatInTheBotsOnlyServer(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            rig.discord.directMessage(rita, "referral from Jane Doe: Tom Lee (Globex)");

            List<DataObject> answers = awaitMessages(rig, rig.discord.dmChannelOf(rita), 1);
            assertThat(textOf(answers.get(0))).contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe");
            assertThat(rig.engine.knownNames(new WorkspaceId(rig.discord.server(0).id()), "tom"))
                    .containsExactly("Tom Lee");
        }
    }

    @Test
    void aMessageForwardedToTheBotIsReadAsIfTheMemberTypedIt(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            rig.discord.forwardedDirectMessage(rita, "met Jane Doe at Acme about pricing", null);

            assertThat(textOf(awaitMessages(rig, rig.discord.dmChannelOf(rita), 1).get(0)))
                    .contains("Saved: meeting with Jane Doe");
            assertThat(rig.coach(rig.discord.server(0), rita, "contact Jane Doe")).contains("pricing");
        }
    }

    @Test
    void aMemberOfTwoServersIsAskedOnceWhichOneTheirDirectMessagesAreFor(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales", "Globex Sales")) {
            Server acme = rig.discord.server(0);
            Server globex = rig.discord.server(1);
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.coach(acme, rita, "help");
            rig.coach(globex, rita, "help");

            rig.discord.directMessage(rita, "referral from Jane Doe: Tom Lee (Globex)");
            DataObject question = awaitMessages(rig, dm, 1).get(0);
            assertThat(textOf(question)).contains("Which one");
            String chooseGlobex = DiscordRig.buttonIds(question).stream().filter(id -> id.contains(globex.id()))
                    .findFirst().orElseThrow();

            String click = rig.discord.click(null, rita, question, chooseGlobex);
            assertThat(textOf(rig.answerTo(click))).contains("goes to that server");
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Saved: new lead Tom Lee");
            assertThat(rig.engine.knownNames(new WorkspaceId(globex.id()), "tom")).containsExactly("Tom Lee");
            assertThat(rig.engine.knownNames(new WorkspaceId(acme.id()), "tom")).isEmpty();

            rig.discord.directMessage(rita, "Tom Lee contacted");
            assertThat(textOf(awaitMessages(rig, dm, 3).get(2))).contains("Tom Lee").doesNotContain("Which one");
        }
    }

    @Test
    void whereAMemberUsesTheBotAndTheServerTheyChoseOutliveRestarts(MongoDatabase db) throws Exception {
        BotEngine engine = DiscordRig.engineOver(db);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales", "Globex Sales")) {
            Server acme = discord.server(0);
            Server globex = discord.server(1);
            String rita = discord.user("rita");
            String dm = discord.dmChannelOf(rita);
            try (DiscordBot first = DiscordRig.startBot(discord.settings(), engine, db)) {
                coach(discord, acme, rita);
                coach(discord, globex, rita);
                awaitStored(db, 2);
            }

            DataObject question;
            try (DiscordBot second = DiscordRig.startBot(discord.settings(), engine, db)) {
                discord.directMessage(rita, "pipeline");
                question = awaitMessages(discord, dm, 1).get(0);
                assertThat(textOf(question)).contains("Which one").doesNotContain("/coach");
                discord.click(null, rita, question, buttonFor(question, globex));
                assertThat(textOf(awaitMessages(discord, dm, 2).get(1))).contains("No open referred leads");
            }

            try (DiscordBot third = DiscordRig.startBot(discord.settings(), engine, db)) {
                discord.directMessage(rita, "referral from Jane Doe: Tom Lee (Globex)");
                assertThat(textOf(awaitMessages(discord, dm, 3).get(2))).contains("Saved: new lead Tom Lee")
                        .doesNotContain("Which one");
                assertThat(engine.knownNames(new WorkspaceId(globex.id()), "tom")).containsExactly("Tom Lee");
                assertThat(engine.knownNames(new WorkspaceId(acme.id()), "tom")).isEmpty();
            }
        }
    }

    @Test
    void whatAMemberWroteBeforeChoosingIsHandledInOrderOnceTheyChooseEvenAfterARestart(MongoDatabase db)
            throws Exception {
        BotEngine engine = DiscordRig.engineOver(db);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales", "Globex Sales")) {
            Server globex = discord.server(1);
            String rita = discord.user("rita");
            String dm = discord.dmChannelOf(rita);
            DataObject question;
            try (DiscordBot before = DiscordRig.startBot(discord.settings(), engine, db)) {
                coach(discord, discord.server(0), rita);
                coach(discord, globex, rita);
                discord.directMessage(rita, "referral from Jane Doe: Tom Lee (Globex)");
                question = awaitMessages(discord, dm, 1).get(0);
                discord.directMessage(rita, "met Tom Lee at Globex about pricing");
                awaitMessages(discord, dm, 2);
                awaitHeld(db, 2);
            }

            try (DiscordBot after = DiscordRig.startBot(discord.settings(), engine, db)) {
                discord.click(null, rita, question, buttonFor(question, globex));

                List<DataObject> all = awaitMessages(discord, dm, 4);
                // Each answer says which of the held messages it answers.
                assertThat(textOf(all.get(2))).contains("You wrote \"referral from Jane Doe: Tom Lee (Globex)\" "
                        + "before choosing:").contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe");
                assertThat(textOf(all.get(3))).contains("You wrote \"met Tom Lee at Globex about pricing\"")
                        .contains("Saved: meeting with Tom Lee");
                assertThat(engine.knownNames(new WorkspaceId(globex.id()), "tom")).containsExactly("Tom Lee");
                awaitHeld(db, 0);
                await().atMost(DiscordRig.WAIT).until(() -> MongoCoachStore.openInbox(db).waiting("discord", 10)
                        .isEmpty());
            }
        }
    }

    @Test
    void pastTwentyMessagesBeforeChoosingAMemberIsAskedToChooseFirstAndNoHeldOneIsLost(MongoDatabase db)
            throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales", "Globex Sales")) {
            Server globex = rig.discord.server(1);
            String rita = rig.discord.user("rita");
            String dm = rig.discord.dmChannelOf(rita);
            rig.coach(rig.discord.server(0), rita, "help");
            rig.coach(globex, rita, "help");
            for (int i = 0; i < MemberHomes.HELD_LIMIT; i++) {
                rig.discord.directMessage(rita, "Lead " + i + " contacted");
            }
            rig.discord.directMessage(rita, "one too many");

            List<DataObject> asked = awaitMessages(rig, dm, MemberHomes.HELD_LIMIT + 1);
            assertThat(textOf(asked.get(0))).contains("Which one");
            assertThat(textOf(asked.get(MemberHomes.HELD_LIMIT))).contains("choose one with the buttons above");

            rig.discord.click(null, rita, asked.get(0), buttonFor(asked.get(0), globex));
            List<DataObject> all = awaitMessages(rig, dm, 2 * MemberHomes.HELD_LIMIT + 1);
            assertThat(all.subList(MemberHomes.HELD_LIMIT + 1, all.size())).extracting(DiscordRig::textOf)
                    .allMatch(text -> text.contains("Lead")).doesNotContain("one too many");
            assertThat(textOf(all.get(MemberHomes.HELD_LIMIT + 1))).contains("Lead 0");
            assertThat(textOf(all.get(all.size() - 1))).contains("Lead 19");
        }
    }

    @Test
    void aStrangerInSeveralServersIsToldToUseACommandFirst(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales", "Globex Sales")) {
            String sam = rig.discord.user("sam");
            rig.discord.directMessage(sam, "pipeline");

            assertThat(textOf(awaitMessages(rig, rig.discord.dmChannelOf(sam), 1).get(0))).contains("/coach");
        }
    }

    @Test
    void aDirectMessageIsKeptUntilHandledAndOneACrashLeftWaitingIsAnsweredAtTheNextStart(MongoDatabase db)
            throws Exception {
        MessageInbox inbox = MongoCoachStore.openInbox(db);
        AtomicReference<String> rita = new AtomicReference<>();
        try (DiscordRig rig = DiscordRig.startAfter(db, discord -> {
            // The last run took this message from the gateway and stopped before handling it.
            rita.set(discord.user("rita"));
            inbox.keep(new PendingMessage("discord", new WorkspaceId(discord.server(0).id()), "m-left-1",
                    new RepId(rita.get()), "referral from Jane Doe: Tom Lee (Globex)", discord.dmChannelOf(rita.get()),
                    Optional.empty(), Instant.parse("2026-11-23T09:00:00Z")));
        }, "Acme Sales")) {
            String dm = rig.discord.dmChannelOf(rita.get());
            assertThat(textOf(awaitMessages(rig, dm, 1).get(0))).contains("Sorry for the wait")
                    .contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe");
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10).isEmpty());

            rig.discord.directMessage(rita.get(), "Tom Lee contacted");
            assertThat(textOf(awaitMessages(rig, dm, 2).get(1))).contains("Tom Lee").doesNotContain("Sorry");
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10).isEmpty());
            assertThat(rig.engine.knownNames(new WorkspaceId(rig.discord.server(0).id()), "tom"))
                    .containsExactly("Tom Lee");
        }
    }

    @Test
    void aNewMessageDuringTheStartUpIsAnsweredAfterTheOnesTheLastRunLeftWaiting(MongoDatabase db) throws Exception {
        MessageInbox inbox = MongoCoachStore.openInbox(db);
        AtomicReference<String> rita = new AtomicReference<>();
        try (DiscordRig rig = DiscordRig.startAfter(db, discord -> {
            rita.set(discord.user("rita"));
            String dm = discord.dmChannelOf(rita.get());
            inbox.keep(new PendingMessage("discord", new WorkspaceId(discord.server(0).id()), "m-left-1",
                    new RepId(rita.get()), "referral from Jane Doe: Tom Lee (Globex)", dm, Optional.empty(),
                    Instant.parse("2026-11-23T09:00:00Z")));
            inbox.keep(new PendingMessage("discord", new WorkspaceId(discord.server(0).id()), "m-left-2",
                    new RepId(rita.get()), "Tom Lee contacted", dm, Optional.empty(),
                    Instant.parse("2026-11-23T09:01:00Z")));
            // The start-up's reply to what waited is held back until Rita's new message has come in.
            AtomicBoolean first = new AtomicBoolean(true);
            discord.rest().tap(request -> {
                if (request.is("POST", "users/@me/channels") && first.getAndSet(false)) {
                    discord.directMessage(rita.get(), "help");
                    await().atMost(DiscordRig.WAIT).until(() -> !discord.messagesIn(dm).isEmpty()
                            || inbox.waiting("discord", 10).stream().anyMatch(m -> m.text().equals("help")));
                }
            });
        }, "Acme Sales")) {
            List<DataObject> answers = awaitMessages(rig, rig.discord.dmChannelOf(rita.get()), 3);

            assertThat(textOf(answers.get(0))).contains("Sorry for the wait").contains("Saved: new lead Tom Lee");
            assertThat(textOf(answers.get(1))).contains("Sorry for the wait").contains("Tom Lee");
            assertThat(textOf(answers.get(2))).doesNotContain("Sorry");
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10).isEmpty());
        }
    }

    @Test
    void aCommandDuringTheStartUpSeesWhatTheDirectMessagesLeftWaitingSaved(MongoDatabase db) throws Exception {
        MessageInbox inbox = MongoCoachStore.openInbox(db);
        AtomicReference<String> rita = new AtomicReference<>();
        AtomicReference<String> command = new AtomicReference<>();
        try (DiscordRig rig = DiscordRig.startAfter(db, discord -> {
            rita.set(discord.user("rita"));
            inbox.keep(new PendingMessage("discord", new WorkspaceId(discord.server(0).id()), "m-left",
                    new RepId(rita.get()), "met Jane Doe at Acme about pricing", discord.dmChannelOf(rita.get()),
                    Optional.empty(), Instant.parse("2026-11-23T09:00:00Z")));
            // The start-up's reply to what waited is held back until Rita's command has been answered.
            AtomicBoolean first = new AtomicBoolean(true);
            discord.rest().tap(request -> {
                if (request.is("POST", "users/@me/channels") && first.getAndSet(false)) {
                    command.set(discord.slash(discord.server(0), rita.get(), "coach",
                            Map.of("text", "contact Jane Doe")));
                    await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                            .anyMatch(DiscordRig.callbackOf(command.get())));
                }
            });
        }, "Acme Sales")) {
            await().atMost(DiscordRig.WAIT).until(() -> command.get() != null);
            assertThat(textOf(rig.answerTo(command.get()))).contains("Jane Doe (Acme)").contains("Meetings: 1");
            assertThat(textOf(awaitMessages(rig, rig.discord.dmChannelOf(rita.get()), 1).get(0)))
                    .contains("Sorry for the wait").contains("Saved: meeting with Jane Doe");
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10).isEmpty());
        }
    }

    static List<DataObject> awaitMessages(DiscordRig rig, String channel, int count) {
        return awaitMessages(rig.discord, channel, count);
    }

    static List<DataObject> awaitMessages(FakeDiscord discord, String channel, int count) {
        return await().atMost(DiscordRig.WAIT).until(() -> discord.messagesIn(channel), all -> all.size() >= count);
    }

    /** Uses /coach in {@code server} and waits for the answer. */
    private static void coach(FakeDiscord discord, Server server, String user) {
        String id = discord.slash(server, user, "coach", Map.of("text", "help"));
        await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream().anyMatch(DiscordRig.callbackOf(id)));
    }

    private static String buttonFor(DataObject question, Server server) {
        return DiscordRig.buttonIds(question).stream().filter(id -> id.contains(server.id())).findFirst().orElseThrow();
    }

    /** Waits until the store knows {@code count} servers of the one member (written off JDA's thread). */
    private static void awaitStored(MongoDatabase db, int count) {
        await().atMost(DiscordRig.WAIT).until(() -> {
            Document home = db.getCollection("memberHomes").find().first();
            return home != null && home.getList("usedIn", String.class, List.of()).size() == count;
        });
    }

    private static void awaitHeld(MongoDatabase db, int count) {
        await().atMost(DiscordRig.WAIT).until(() -> {
            Document home = db.getCollection("memberHomes").find().first();
            return home != null && home.getList("held", Document.class, List.of()).size() == count;
        });
    }
}
