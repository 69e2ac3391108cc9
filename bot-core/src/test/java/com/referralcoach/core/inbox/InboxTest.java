package com.referralcoach.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.store.UnreachableInbox;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inbox rule both adapters follow, over the real store on the embedded server. */
@ExtendWith(EmbeddedMongo.class)
class InboxTest {
    private static final Instant HEARD = Instant.parse("2026-12-07T09:30:00Z");

    private MessageInbox store;
    private Inbox slack;
    private Inbox discord;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.openInbox(database);
        slack = new Inbox(store, "slack");
        discord = new Inbox(store, "discord");
    }

    private static PendingMessage said(String platform, String id, String text) {
        return new PendingMessage(platform, new WorkspaceId("T1"), id, new RepId("U1"), text, "D1", Optional.empty(),
                HEARD);
    }

    @Test
    void aMessageIsKeptOnceAndARetryOfItIsNotAnsweredAgain() {
        PendingMessage met = said("slack", "Ev1", "met Jane Doe at Acme");

        assertThat(slack.arrived(met)).isEqualTo(Inbox.Arrival.KEPT);
        assertThat(slack.arrived(met)).isEqualTo(Inbox.Arrival.REPEAT);
        assertThat(Inbox.Arrival.REPEAT.toAnswer()).isFalse();
    }

    @Test
    void whatWasNotAnsweredBeforeAStopComesBackToItsOwnPlatformOnly() {
        PendingMessage answered = said("slack", "Ev1", "met Jane Doe at Acme");
        PendingMessage cutShort = said("slack", "Ev2", "Jane Doe referred Tom Lee at Globex");
        PendingMessage onDiscord = said("discord", "M1", "goals");
        slack.arrived(answered);
        slack.arrived(cutShort);
        discord.arrived(onDiscord);
        slack.answered(answered);

        assertThat(slack.leftWaiting()).containsExactly(cutShort);
        assertThat(discord.leftWaiting()).containsExactly(onDiscord);
    }

    @Test
    void theLateAnswerQuotesTheMessageItAnswersWithAnApology() {
        PendingMessage cutShort = said("slack", "Ev2", "Jane Doe referred Tom Lee at Globex");

        Reply late = slack.late(cutShort, Reply.of("Saved: Tom Lee at Globex, referred by Jane Doe."));

        assertThat(late.text()).startsWith("Sorry for the wait")
                .contains("\"Jane Doe referred Tom Lee at Globex\"")
                .endsWith("Saved: Tom Lee at Globex, referred by Jane Doe.");
    }

    @Test
    void aFailingInboxStillLetsTheRepBeAnsweredAndNeverThrows() {
        Inbox broken = new Inbox(new UnreachableInbox(), "slack");
        PendingMessage met = said("slack", "Ev1", "met Jane Doe at Acme");
        AtomicBoolean answeredUnkept = new AtomicBoolean();

        assertThat(broken.arrived(met)).isEqualTo(Inbox.Arrival.NOT_KEPT);
        assertThat(Inbox.Arrival.NOT_KEPT.toAnswer()).isTrue();
        assertThat(broken.arrivedTogether(List.of(met), () -> answeredUnkept.set(true))).isEmpty();
        assertThat(answeredUnkept).isTrue();
        broken.answered(met);
    }

    @Test
    void aMessageOfAnotherPlatformIsRefused() {
        assertThatThrownBy(() -> slack.arrived(said("discord", "M1", "goals")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.waiting("discord", 10)).isEmpty();
    }
}
