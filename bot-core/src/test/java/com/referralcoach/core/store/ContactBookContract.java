package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.T0;
import static com.referralcoach.core.store.StoreSamples.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.port.ContactBook;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link ContactBook} must do, name-key matching included. */
public abstract class ContactBookContract {
    protected abstract ContactBook contacts();

    private List<String> namesFoundBy(String key) {
        return contacts().findByNameKey(ACME, key).stream().map(c -> c.name().display()).sorted().toList();
    }

    private void saveAll(String... names) {
        for (String name : names) {
            contacts().save(contact(ACME, name));
        }
    }

    @Test
    void keepsEveryFieldWhenPresent() {
        Contact full = new Contact(ACME, ContactId.random(), new PersonName("José  Núñez"), Optional.of("Acme ☕"),
                Optional.of("jose@example.com"), Optional.of("+351 912 345 678"), T0);
        contacts().save(full);
        assertThat(contacts().find(ACME, full.id())).contains(full);
        assertThat(contacts().find(ACME, full.id()).orElseThrow().name().display()).isEqualTo("José Núñez");
    }

    @Test
    void keepsATitleAndNotes() {
        Contact full = new Contact(ACME, ContactId.random(), new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.empty(), Optional.empty(), Optional.of("VP Sales"), Optional.of("Met at the expo.\nCall after 4"),
                T0);
        contacts().save(full);
        assertThat(contacts().find(ACME, full.id())).contains(full);
        assertThat(full.learn(Optional.empty(), Optional.of("jane@acme.example"), Optional.empty()).title())
                .contains("VP Sales");
    }

    @Test
    void keepsEmptyOptionalsEmpty() {
        Contact bare = contact(ACME, "Jane Doe");
        contacts().save(bare);
        assertThat(contacts().find(ACME, bare.id())).contains(bare);
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            Contact odd = new Contact(ACME, new ContactId(text), new PersonName(text), Optional.of(text),
                    Optional.of(text), Optional.of(text), T0);
            contacts().save(odd);
            assertThat(contacts().find(ACME, odd.id())).as(text).contains(odd);
        }
    }

    @Test
    void savingAgainReplaces() {
        Contact jane = contact(ACME, "Jane Doe");
        contacts().save(jane);
        contacts().save(jane);
        Contact learned = jane.learn(Optional.of("Initech"), Optional.empty(), Optional.of("555"));
        contacts().save(learned);
        assertThat(contacts().find(ACME, jane.id())).contains(learned);
        assertThat(contacts().findByNameKey(ACME, "jane doe")).containsExactly(learned);
    }

    @Test
    void addingIfAbsentAddsOnceAndNeverReplaces() {
        Contact jane = contact(ACME, "Jane Doe");
        assertThat(contacts().addIfAbsent(jane)).isTrue();
        Contact twin = new Contact(ACME, jane.id(), jane.name(), Optional.of("Initech"), Optional.empty(),
                Optional.empty(), T0);

        assertThat(contacts().addIfAbsent(twin)).isFalse();
        assertThat(contacts().find(ACME, jane.id())).contains(jane);
        assertThat(contacts().findByNameKey(ACME, "jane doe")).containsExactly(jane);
    }

    @Test
    void findAllReturnsTheContactsOfTheseIds() {
        Contact jane = contact(ACME, "Jane Doe");
        Contact john = contact(ACME, "John Roe");
        Contact other = contact(ACME, "Other One");
        List.of(jane, john, other).forEach(contacts()::save);
        assertThat(contacts().findAll(ACME, List.of(jane.id(), john.id(), ContactId.random())))
                .containsExactlyInAnyOrder(jane, john);
        assertThat(contacts().findAll(ACME, List.of())).isEmpty();
    }

    @Test
    void aPrefixFindsTheWholeWordsOnly() {
        saveAll("Jane Doe", "Jane Smith", "Janet Roe", "Jane", "Mary Jane");
        assertThat(namesFoundBy("jane")).containsExactly("Jane", "Jane Doe", "Jane Smith");
        assertThat(namesFoundBy("jane doe")).containsExactly("Jane Doe");
        assertThat(namesFoundBy("janet")).containsExactly("Janet Roe");
        assertThat(namesFoundBy("jan")).isEmpty();
        assertThat(namesFoundBy("jane d")).isEmpty();
    }

    @Test
    void accentsAndSpacingMatchThroughTheKey() {
        saveAll("José  Núñez", "ZOË Ångström");
        assertThat(namesFoundBy(PersonName.keyOf("jose nunez"))).containsExactly("José Núñez");
        assertThat(namesFoundBy(PersonName.keyOf("  JOSÉ "))).containsExactly("José Núñez");
        assertThat(namesFoundBy(PersonName.keyOf("zoe angstrom"))).containsExactly("ZOË Ångström");
    }

    @Test
    void hostileKeysMatchNothingByPatternOrOperator() {
        saveAll("Jane Doe", "aXb c", "ab", "x", "xx", "where y", "paren x", "gt", "zoe");
        for (String text : HOSTILE) {
            assertThat(namesFoundBy(PersonName.keyOf(text))).as(text).isEmpty();
        }
        assertThat(namesFoundBy("")).isEmpty();
    }

    @Test
    void hostileKeysMatchLiterally() {
        saveAll("aXb c", "a.b c", "(paren) x", "$where y", "x{2}", "xx");
        assertThat(namesFoundBy("a.b")).containsExactly("a.b c");
        assertThat(namesFoundBy("(paren)")).containsExactly("(paren) x");
        assertThat(namesFoundBy("$where")).containsExactly("$where y");
        assertThat(namesFoundBy("x{2}")).containsExactly("x{2}");
    }

    @Test
    void hostileNamesAreFoundByTheirOwnKey() {
        for (String text : HOSTILE) {
            contacts().save(contact(ACME, text));
        }
        for (String text : HOSTILE) {
            String key = new PersonName(text).key();
            assertThat(contacts().findByNameKey(ACME, key)).as(text)
                    .extracting(c -> c.name().key()).isNotEmpty().allMatch(k -> k.equals(key)
                            || k.startsWith(key + " "));
        }
    }

    @Test
    void findsAtMostFifty() {
        IntStream.range(0, 60).forEach(i -> contacts().save(contact(ACME, "Sam " + i)));
        assertThat(contacts().findByNameKey(ACME, "sam")).hasSize(50);
    }

    @Test
    void workspacesAreIsolated() {
        Contact jane = contact(ACME, "Jane Doe");
        contacts().save(jane);
        assertThat(contacts().find(GLOBEX, jane.id())).isEmpty();
        assertThat(contacts().findAll(GLOBEX, List.of(jane.id()))).isEmpty();
        assertThat(contacts().findByNameKey(GLOBEX, "jane")).isEmpty();
        Contact globexJane = contact(GLOBEX, "Jane Doe");
        contacts().save(globexJane);
        assertThat(contacts().findByNameKey(ACME, "jane")).containsExactly(jane);
        assertThat(contacts().findByNameKey(GLOBEX, "jane")).containsExactly(globexJane);
    }

    private Contact doing(String name, String company, String title, String notes) {
        Contact contact = new Contact(ACME, ContactId.random(), new PersonName(name), Optional.ofNullable(company),
                Optional.empty(), Optional.empty(), Optional.ofNullable(title), Optional.ofNullable(notes), T0);
        contacts().save(contact);
        return contact;
    }

    @Test
    void matchingFindsWhoDoesWhatByTitleCompanyOrNotesAtWordStarts() {
        Contact ann = doing("Ann Smith", "Ledgerly", "Bookkeeper", null);
        Contact bo = doing("Bo Park", "Kite Bookkeeping Ltd", null, null);
        Contact cy = doing("Cy Lane", null, null, "does payroll and BOOKKEEPING for bakeries");
        doing("Di Fox", "Notebook Co", "Designer", "keeps books? no");
        doing("Ed Roe", null, null, null);

        assertThat(contacts().matching(ACME, List.of("bookkeep"), 10)).containsExactly(ann, bo, cy);
        assertThat(contacts().matching(ACME, List.of("bakerie", "designer"), 10)).extracting(c -> c.name().display())
                .containsExactly("Cy Lane", "Di Fox");
        assertThat(contacts().matching(ACME, List.of("bookkeep"), 2)).hasSize(2);
        assertThat(contacts().matching(ACME, List.of(), 10)).isEmpty();
        assertThat(contacts().matching(ACME, List.of(".*", "(", "$where"), 10)).extracting(c -> c.name().display())
                .doesNotContain("Ed Roe");
        assertThat(contacts().matching(GLOBEX, List.of("bookkeep"), 10)).isEmpty();
    }
}
