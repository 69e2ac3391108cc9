package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.T0;
import static com.referralcoach.core.store.StoreSamples.at;
import static com.referralcoach.core.store.StoreSamples.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.ImportLedger;
import com.referralcoach.core.port.RelationshipLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ContactImports} must do: batches written ledger first, completion, and removal of all of it. */
public abstract class ContactImportsContract {
    private static final Rep ANA_REP = new Rep(ACME, ANA, "Ana", ZoneOffset.UTC, Optional.empty(), T0);

    protected abstract ContactImports imports();

    protected abstract ContactBook contacts();

    protected abstract RelationshipLog relationships();

    private static Contact imported(String name, String email) {
        return new Contact(ACME, ContactId.random(), new PersonName(name), Optional.of("Kite"), Optional.of(email),
                Optional.empty(), Optional.of("CFO"), Optional.of("=HYPERLINK(\"x\")"), T0);
    }

    private static ContactFill fill(ContactId id, String email, String title) {
        return new ContactFill(id, Optional.empty(), Optional.of(email), Optional.empty(), Optional.of(title),
                Optional.empty());
    }

    @Test
    void aBatchWritesItsContactsFillsAndEventsAndTheImportCompletes() {
        Contact known = contact(ACME, "Jane Doe").learn(Optional.empty(), Optional.empty(), Optional.of("555"));
        contacts().save(known);
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "Connections.csv", at(1)));
        assertThat(imports().unfinished(ACME)).extracting(ContactImport::id).containsExactly(id);
        Contact bo = imported("Bo Park", "bo@kite.io");
        RelationshipEvent birthday = RelationshipEvent.dated(ANA_REP, bo.id(), RelationshipEventKind.BIRTHDAY,
                LocalDate.of(2000, 4, 12), at(1));

        imports().write(new ImportBatch(ACME, id, 0, List.of(bo), List.of(fill(known.id(), "jane@acme.example",
                "CEO")), List.of(birthday), List.of(ReminderId.of("r1"))));
        imports().complete(ACME, id, at(2));

        assertThat(contacts().find(ACME, bo.id())).contains(bo);
        Contact filled = contacts().find(ACME, known.id()).orElseThrow();
        assertThat(filled.email()).contains("jane@acme.example");
        assertThat(filled.title()).contains("CEO");
        assertThat(filled.phone()).contains("555");
        assertThat(relationships().ofContact(ACME, ANA, bo.id())).containsExactly(birthday);
        assertThat(imports().unfinished(ACME)).isEmpty();
        assertThat(imports().latestComplete(ACME, ANA)).get().satisfies(done -> {
            assertThat(done.status()).isEqualTo(ContactImport.Status.COMPLETE);
            assertThat(done.finishedAt()).contains(at(2));
            assertThat(done.file()).isEqualTo("Connections.csv");
        });
        assertThat(imports().latestComplete(ACME, BOB)).isEmpty();
        assertThat(imports().latestComplete(GLOBEX, ANA)).isEmpty();
    }

    @Test
    void aFillNeverOverwritesADetailTheContactHas() {
        Contact known = contact(ACME, "Jane Doe").learn(Optional.empty(), Optional.of("typed@acme.example"),
                Optional.empty());
        contacts().save(known);
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "a.csv", at(1)));
        imports().write(new ImportBatch(ACME, id, 0, List.of(), List.of(fill(known.id(), "file@acme.example", "CEO")),
                List.of(), List.of()));

        Contact after = contacts().find(ACME, known.id()).orElseThrow();
        assertThat(after.email()).contains("typed@acme.example");
        assertThat(after.title()).contains("CEO");

        imports().remove(ACME, id, at(3));
        assertThat(contacts().find(ACME, known.id())).contains(known);
    }

    @Test
    void removalTakesOutEveryBatchAndKeepsWhatTheRepChangedSince() {
        Contact known = contact(ACME, "Jane Doe");
        Contact other = contact(ACME, "Not Imported");
        contacts().save(known);
        contacts().save(other);
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "big.csv", at(1)));
        List<Contact> created = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) {
            List<Contact> these = List.of(imported("Person " + batch + "a", batch + "a@kite.io"),
                    imported("Person " + batch + "b", batch + "b@kite.io"));
            created.addAll(these);
            List<ContactFill> fills = batch == 1 ? List.of(fill(known.id(), "jane@acme.example", "CEO")) : List.of();
            imports().write(new ImportBatch(ACME, id, batch, these, fills, List.of(RelationshipEvent.dated(ANA_REP,
                    these.get(0).id(), RelationshipEventKind.CUSTOMER_SINCE, LocalDate.of(2019, 6, 1), at(1))),
                    List.of(ReminderId.of("r" + batch))));
        }
        imports().complete(ACME, id, at(2));
        // The rep corrects the title the import filled in; the email stays as imported.
        Contact corrected = contacts().find(ACME, known.id()).orElseThrow();
        contacts().save(new Contact(ACME, known.id(), known.name(), Optional.empty(), corrected.email(),
                Optional.empty(), Optional.of("Chief Executive"), Optional.empty(), T0));

        ImportLedger removed = imports().remove(ACME, id, at(5));

        assertThat(removed.created()).containsExactlyElementsOf(created.stream().map(Contact::id).toList());
        assertThat(removed.events()).isEqualTo(3);
        assertThat(removed.reminders()).containsExactly(ReminderId.of("r0"), ReminderId.of("r1"), ReminderId.of("r2"));
        assertThat(removed.filled()).hasSize(1);
        assertThat(contacts().findAll(ACME, created.stream().map(Contact::id).toList())).isEmpty();
        created.forEach(c -> assertThat(relationships().ofContact(ACME, ANA, c.id())).isEmpty());
        Contact after = contacts().find(ACME, known.id()).orElseThrow();
        assertThat(after.email()).isEmpty();
        assertThat(after.title()).contains("Chief Executive");
        assertThat(contacts().find(ACME, other.id())).contains(other);
        assertThat(imports().latestComplete(ACME, ANA)).isEmpty();
        assertThat(imports().find(ACME, id).orElseThrow().status()).isEqualTo(ContactImport.Status.REMOVED);
        assertThat(imports().remove(ACME, id, at(6)).created()).hasSize(6);
        assertThat(contacts().find(ACME, known.id())).contains(after);
    }

    @Test
    void anUnfinishedImportIsRemovedWhole() {
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "crash.csv", at(1)));
        Contact written = imported("Written One", "w@kite.io");
        imports().write(new ImportBatch(ACME, id, 0, List.of(written), List.of(), List.of(), List.of()));
        // As if the process stopped after batch 1: the import never completed.
        Contact second = imported("Second One", "s@kite.io");
        imports().write(new ImportBatch(ACME, id, 1, List.of(second), List.of(), List.of(), List.of()));

        assertThat(imports().unfinished(ACME)).extracting(ContactImport::id).containsExactly(id);
        imports().remove(ACME, id, at(2));

        assertThat(contacts().find(ACME, written.id())).isEmpty();
        assertThat(contacts().find(ACME, second.id())).isEmpty();
        assertThat(imports().unfinished(ACME)).isEmpty();
        assertThat(imports().latestComplete(ACME, ANA)).isEmpty();
    }

    @Test
    void theUnfinishedImportsOfEveryWorkspaceAreListedOldestFirstUntilRemoved() {
        ImportId globex = ImportId.random();
        imports().begin(ContactImport.started(new Rep(GLOBEX, ANA, "Ana", ZoneOffset.UTC, Optional.empty(), T0), globex, "g.csv", at(2)));
        ImportId acme = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, acme, "a.csv", at(1)));
        ImportId done = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, done, "done.csv", at(1)));
        imports().complete(ACME, done, at(3));

        assertThat(imports().unfinishedEverywhere()).extracting(ContactImport::id).containsExactly(acme, globex);
        assertThat(imports().unfinishedEverywhere().get(1).workspace()).isEqualTo(GLOBEX);
        imports().remove(ACME, acme, at(4));
        assertThat(imports().unfinishedEverywhere()).extracting(ContactImport::id).containsExactly(globex);
    }

    @Test
    void findsContactsByEmailIgnoringCaseOrByNameKeyWithinTheWorkspace() {
        Contact jane = new Contact(ACME, ContactId.random(), new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.of(" Jane.Doe@Acme.COM "), Optional.empty(), T0);
        Contact tom = new Contact(ACME, ContactId.random(), new PersonName("Tom Lee"), Optional.empty(),
                Optional.empty(), Optional.empty(), T0);
        Contact elsewhere = new Contact(GLOBEX, ContactId.random(), new PersonName("Tom Lee"), Optional.empty(),
                Optional.of("jane.doe@acme.com"), Optional.empty(), T0);
        contacts().save(jane);
        contacts().save(tom);
        contacts().save(elsewhere);
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "a.csv", at(1)));
        imports().write(new ImportBatch(ACME, id, 0, List.of(), List.of(fill(tom.id(), "Tom@Kite.io", "CFO")),
                List.of(), List.of()));

        assertThat(imports().matching(ACME, List.of("jane.doe@acme.com"), List.of())).extracting(Contact::id)
                .containsExactly(jane.id());
        assertThat(imports().matching(ACME, List.of("tom@kite.io", "nobody@x.io"), List.of("jane doe")))
                .extracting(Contact::id).containsExactlyInAnyOrder(jane.id(), tom.id());
        assertThat(imports().matching(ACME, List.of("jane.doe@acme.com"), List.of("tom lee", "jane doe")))
                .hasSize(2);
        assertThat(imports().matching(GLOBEX, List.of("jane.doe@acme.com"), List.of())).extracting(Contact::id)
                .containsExactly(elsewhere.id());
        assertThat(imports().matching(ACME, List.of(), List.of())).isEmpty();
        imports().remove(ACME, id, at(2));
        assertThat(imports().matching(ACME, List.of("tom@kite.io"), List.of())).isEmpty();
    }

    @Test
    void workspacesAreIsolated() {
        ImportId id = ImportId.random();
        imports().begin(ContactImport.started(ANA_REP, id, "a.csv", at(1)));
        Contact bo = imported("Bo Park", "bo@kite.io");
        imports().write(new ImportBatch(ACME, id, 0, List.of(bo), List.of(), List.of(), List.of()));
        imports().complete(ACME, id, at(2));

        assertThat(imports().find(GLOBEX, id)).isEmpty();
        assertThat(imports().remove(GLOBEX, id, at(3)).created()).isEmpty();
        assertThat(contacts().find(ACME, bo.id())).contains(bo);
        List<Contact> seen = new ArrayList<>();
        imports().eachContact(GLOBEX, seen::add);
        assertThat(seen).isEmpty();
        imports().eachContact(ACME, seen::add);
        assertThat(seen).containsExactly(bo);
    }
}
