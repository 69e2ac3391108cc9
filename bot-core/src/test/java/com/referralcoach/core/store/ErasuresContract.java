package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.PersonFootprint;
import com.referralcoach.core.port.WorkspaceErasure;
import com.referralcoach.core.port.WorkspaceFootprint;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * What every {@link com.referralcoach.core.port.Erasures} must do: count what a person's erasure takes, take it all
 * (a scan of every document finds neither the name nor the email), finish a run that stopped partway, and erase a
 * whole workspace leaving another untouched.
 */
public abstract class ErasuresContract {
    /** Jane's footprint in {@link PersonWorld}: every kind once or twice. */
    private static final PersonFootprint JANE = new PersonFootprint(1, 1, 2, 2, 1, 2, 1, 1, 2);

    protected abstract CoachStore store();

    protected abstract MongoDatabase database();

    private PersonWorld acme;
    private PersonWorld globex;

    /** Seeds both workspaces (the implementation's store opens in its own {@code @BeforeEach}, after ours would). */
    private void seed() {
        acme = PersonWorld.seed(store(), database(), ACME, ANA);
        globex = PersonWorld.seed(store(), database(), GLOBEX, BOB);
    }

    @Test
    void aPersonsFootprintCountsWhatTheirErasureTakes() {
        seed();
        assertThat(store().erasures().footprint(ACME, acme.jane.id())).isEqualTo(JANE);
        assertThat(store().erasures().footprint(ACME, acme.bo.id()).referrals()).isEqualTo(2);
        assertThat(PersonWorld.mentioning(database(), "jane doe")).isNotEmpty();
    }

    @Test
    void anErasedPersonIsNowhereAndEveryoneElseStays() {
        seed();
        List<String> globexBefore = PersonWorld.of(database(), GLOBEX);

        PersonFootprint erased = store().erasures().erase(ACME, acme.jane.id(), at(30));

        assertThat(erased).isEqualTo(JANE);
        assertThat(PersonWorld.mentioning(database(), "jane doe")).allMatch(json -> json.contains("T-GLOBEX"));
        assertThat(PersonWorld.mentioning(database(), PersonWorld.JANE_EMAIL)).allMatch(json -> json.contains("T-GLOBEX"));
        assertThat(PersonWorld.mentioning(database(), acme.jane.id().value())).isEmpty();
        assertThat(PersonWorld.of(database(), GLOBEX)).isEqualTo(globexBefore);
        assertThat(store().contacts().find(ACME, acme.tom.id())).isPresent();
        assertThat(store().meetings().ofRep(ACME, ANA)).extracting(m -> m.contact()).containsExactly(acme.tom.id());
        assertThat(store().referrals().fromReferrer(ACME, ANA, acme.tom.id())).extracting(r -> r.lead())
                .containsExactly(acme.bo.id());
        assertThat(store().relationships().ofRep(ACME, ANA)).extracting(e -> e.contact()).containsExactly(acme.tom.id());
        assertThat(PersonWorld.mentioning(database(), "Tom Lee about the renewal")).as(String.join("\n",
                PersonWorld.mentioning(database(), "Tom Lee about the renewal"))).hasSize(2);
        // Tom's contact and his undo record, in each workspace.
        assertThat(PersonWorld.mentioning(database(), "+1 555 0200")).hasSize(4);
        assertThat(PersonWorld.mentioning(database(), "\"pipeline\"")).hasSize(2);
        assertThat(store().erasures().unfinished(ACME)).isEmpty();
        assertThat(store().erasures().footprint(ACME, acme.jane.id())).isEqualTo(PersonFootprint.NONE);
    }

    @Test
    void aSecondRunFinishesAnErasureThatStoppedPartway() {
        seed();
        // The state a stop leaves after the mark, the reminders and the events: the rest still holds Jane.
        String id = acme.jane.id().value();
        database().getCollection("erasures").insertOne(new Document("_id", "T-ACME|contact|" + id)
                .append("ws", "T-ACME").append("kind", "contact").append("contact", id).append("at", new java.util.Date(0)));
        database().getCollection("reminders").deleteMany(new Document("ws", "T-ACME").append("contact", id));
        database().getCollection("relationshipEvents").deleteMany(new Document("ws", "T-ACME").append("contact", id));
        assertThat(store().erasures().unfinished(ACME)).containsExactly(acme.jane.id());

        PersonFootprint rest = store().erasures().erase(ACME, acme.jane.id(), at(31));

        assertThat(rest.meetings()).isEqualTo(1);
        assertThat(rest.events()).isZero();
        assertThat(PersonWorld.mentioning(database(), "jane doe")).allMatch(json -> json.contains("T-GLOBEX"));
        assertThat(store().erasures().unfinished(ACME)).isEmpty();
    }

    @Test
    void aWholeWorkspaceIsErasedAfterItsFirstConfirmationAndAnotherStaysWhole() {
        seed();
        List<String> globexBefore = PersonWorld.of(database(), GLOBEX);
        WorkspaceFootprint footprint = store().erasures().footprint(ACME);
        assertThat(footprint.reps()).isEqualTo(1);
        assertThat(footprint.contacts()).isEqualTo(3);
        assertThat(footprint.otherRecords()).isGreaterThan(15);

        store().erasures().confirmOnce(ACME, ANA, at(40));
        assertThat(store().erasures().erasure(ACME)).contains(new WorkspaceErasure(ANA, at(40), false));
        assertThat(store().erasures().erasure(GLOBEX)).isEmpty();
        WorkspaceFootprint erased = store().erasures().eraseWorkspace(ACME, ANA, at(41));

        assertThat(erased).isEqualTo(footprint);
        assertThat(PersonWorld.of(database(), ACME)).isEmpty();
        assertThat(PersonWorld.mentioning(database(), "T-ACME")).isEmpty();
        assertThat(PersonWorld.of(database(), GLOBEX)).isEqualTo(globexBefore);
        assertThat(store().erasures().erasure(ACME)).isEmpty();
        assertThat(store().contacts().find(GLOBEX, globex.jane.id())).isPresent();
        assertThat(store().erasures().eraseWorkspace(ACME, new RepId("U-AGAIN"), at(42)))
                .isEqualTo(new WorkspaceFootprint(0, 0, 0));
    }
}
