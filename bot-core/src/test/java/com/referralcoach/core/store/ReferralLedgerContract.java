package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReferralLedger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ReferralLedger} must do. */
public abstract class ReferralLedgerContract {
    private static final ContactId JANE = new ContactId("C-JANE");
    private static final ContactId LEAD = new ContactId("C-LEAD");

    protected abstract ReferralLedger referrals();

    private static Referral received(WorkspaceId workspace, RepId rep, ContactId lead, long minute) {
        return Referral.received(workspace, rep, JANE, lead, Optional.empty(), at(minute));
    }

    private Referral saved(Referral referral) {
        referrals().save(referral);
        return referral;
    }

    @Test
    void keepsTheWholeHistoryAndEveryField() {
        Referral fresh = Referral.received(ACME, ANA, JANE, LEAD, Optional.of("payroll 💸 رواتب"), at(0));
        Referral won = fresh.movedTo(LeadStage.CONTACTED, at(10), Optional.empty(), Optional.empty())
                .movedTo(LeadStage.PROPOSAL, at(20), Optional.of("sent v2"), Optional.empty())
                .movedTo(LeadStage.WON, at(30), Optional.of("signed!"),
                        Optional.of(new Money(new BigDecimal("12000.50"), Optional.of("EUR"))));
        referrals().save(fresh);
        assertThat(referrals().find(ACME, fresh.id())).contains(fresh);
        referrals().save(won);
        assertThat(referrals().find(ACME, fresh.id())).contains(won);
        assertThat(referrals().find(ACME, fresh.id()).orElseThrow().wonAmount().orElseThrow().amount())
                .isEqualByComparingTo("12000.5");
    }

    @Test
    void keepsReferrerUpdatedAndThankedTimes() {
        Referral fresh = saved(received(ACME, ANA, LEAD, 0));
        assertThat(referrals().find(ACME, fresh.id()).orElseThrow().referrerUpdatedAt()).isEmpty();
        assertThat(referrals().find(ACME, fresh.id()).orElseThrow().thankedAt()).isEmpty();
        Referral updated = saved(fresh.withReferrerUpdated(at(60)));
        assertThat(referrals().find(ACME, fresh.id())).contains(updated);
        Referral thanked = saved(updated.withThanks(at(90)));
        assertThat(referrals().find(ACME, fresh.id())).contains(thanked);
        assertThat(referrals().find(ACME, fresh.id()).orElseThrow().thankedAt()).contains(at(90));
        Referral thankedOnly = saved(received(ACME, BOB, LEAD, 5).withThanks(at(6)));
        assertThat(referrals().find(ACME, thankedOnly.id())).contains(thankedOnly);
    }

    @Test
    void keepsMoneyWithoutCurrency() {
        Referral won = received(ACME, ANA, LEAD, 0).movedTo(LeadStage.WON, at(1), Optional.empty(),
                Optional.of(new Money(new BigDecimal("1E+3"), Optional.empty())));
        referrals().save(won);
        assertThat(referrals().find(ACME, won.id())).contains(won);
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            Referral odd = Referral.received(ACME, new RepId(text), new ContactId(text), new ContactId(text),
                    Optional.of(text), at(0)).movedTo(LeadStage.LOST, at(1), Optional.of(text), Optional.empty());
            referrals().save(odd);
            assertThat(referrals().find(ACME, odd.id())).as(text).contains(odd);
            assertThat(referrals().fromReferrer(ACME, new RepId(text), new ContactId(text))).containsExactly(odd);
        }
    }

    @Test
    void aDeletedReferralIsGoneAndAnotherWorkspacesStays() {
        Referral gone = saved(received(ACME, ANA, LEAD, 0));
        Referral kept = saved(received(ACME, ANA, LEAD, 5));
        assertThat(referrals().delete(GLOBEX, gone.id())).isFalse();
        assertThat(referrals().delete(ACME, gone.id())).isTrue();
        assertThat(referrals().delete(ACME, gone.id())).isFalse();
        assertThat(referrals().find(ACME, gone.id())).isEmpty();
        assertThat(referrals().forLead(ACME, ANA, LEAD)).containsExactly(kept);
    }

    @Test
    void savingTheSameReferralAgainKeepsOne() {
        Referral referral = saved(received(ACME, ANA, LEAD, 0));
        referrals().save(referral);
        assertThat(referrals().open(ACME, ANA)).containsExactly(referral);
    }

    @Test
    void openExcludesWonAndLostOldestFirst() {
        Referral newer = saved(received(ACME, ANA, LEAD, 20));
        Referral older = saved(received(ACME, ANA, LEAD, 10).movedTo(LeadStage.MEETING, at(30), Optional.empty(),
                Optional.empty()));
        saved(received(ACME, ANA, LEAD, 5).movedTo(LeadStage.WON, at(6), Optional.empty(), Optional.empty()));
        saved(received(ACME, ANA, LEAD, 1).movedTo(LeadStage.LOST, at(2), Optional.empty(), Optional.empty()));
        saved(received(ACME, BOB, LEAD, 0));
        referrals().save(older);
        assertThat(referrals().open(ACME, ANA)).containsExactly(older, newer);
    }

    @Test
    void closingALeadTakesItOutOfOpen() {
        Referral referral = saved(received(ACME, ANA, LEAD, 0));
        referrals().save(referral.movedTo(LeadStage.LOST, at(1), Optional.of("no budget"), Optional.empty()));
        assertThat(referrals().open(ACME, ANA)).isEmpty();
        assertThat(referrals().forLead(ACME, ANA, LEAD)).singleElement()
                .extracting(Referral::stage).isEqualTo(LeadStage.LOST);
    }

    @Test
    void byReferrerAndByLeadOldestFirst() {
        Referral second = saved(received(ACME, ANA, LEAD, 20));
        Referral first = saved(received(ACME, ANA, LEAD, 10));
        Referral otherLead = saved(received(ACME, ANA, new ContactId("C-OTHER"), 15));
        saved(Referral.received(ACME, ANA, new ContactId("C-SOMEONE"), LEAD, Optional.empty(), at(0)));
        saved(received(ACME, BOB, LEAD, 5));
        assertThat(referrals().fromReferrer(ACME, ANA, JANE)).containsExactly(first, otherLead, second);
        assertThat(referrals().forLead(ACME, ANA, new ContactId("C-OTHER"))).containsExactly(otherLead);
        assertThat(referrals().forLead(ACME, ANA, LEAD)).hasSize(3).startsWith(
                referrals().forLead(ACME, ANA, LEAD).get(0)).contains(first, second);
        assertThat(referrals().forLead(ACME, ANA, LEAD)).extracting(Referral::receivedAt).isSorted();
    }

    @Test
    void workspacesAreIsolated() {
        Referral acme = saved(received(ACME, ANA, LEAD, 0));
        assertThat(referrals().find(GLOBEX, acme.id())).isEmpty();
        assertThat(referrals().open(GLOBEX, ANA)).isEmpty();
        assertThat(referrals().fromReferrer(GLOBEX, ANA, JANE)).isEmpty();
        assertThat(referrals().forLead(GLOBEX, ANA, LEAD)).isEmpty();
        Referral globex = saved(received(GLOBEX, ANA, LEAD, 1));
        assertThat(referrals().open(ACME, ANA)).containsExactly(acme);
        assertThat(referrals().open(GLOBEX, ANA)).containsExactly(globex);
    }

    @Test
    void waitingForContactKeepsOnlyNewLeadsOfTheseRepsOldestFirst() {
        RepId carl = new RepId("U-CARL");
        Referral bobs = saved(received(ACME, BOB, LEAD, 30));
        Referral anasNewer = saved(received(ACME, ANA, LEAD, 20));
        Referral anasOlder = saved(received(ACME, ANA, LEAD, 10));
        saved(received(ACME, ANA, LEAD, 5).movedTo(LeadStage.CONTACTED, at(6), Optional.empty(), Optional.empty()));
        saved(received(ACME, ANA, LEAD, 4).movedTo(LeadStage.LOST, at(7), Optional.empty(), Optional.empty()));
        saved(received(ACME, carl, LEAD, 1));
        saved(received(GLOBEX, ANA, LEAD, 0));
        assertThat(referrals().waitingForContact(ACME, List.of(ANA, BOB), 10))
                .containsExactly(anasOlder, anasNewer, bobs);
        assertThat(referrals().waitingForContact(ACME, List.of(BOB, ANA, ANA), 2)).containsExactly(anasOlder, anasNewer);
        assertThat(referrals().waitingForContact(ACME, List.of(BOB), 1)).containsExactly(bobs);
        assertThat(referrals().waitingForContact(ACME, List.of(), 10)).isEmpty();
        assertThat(referrals().waitingForContact(ACME, List.of(ANA), 0)).isEmpty();
    }

    @Test
    void aContactedLeadStopsWaitingAndWorkspacesDoNotMix() {
        Referral fresh = saved(received(ACME, ANA, LEAD, 0));
        assertThat(referrals().waitingForContact(GLOBEX, List.of(ANA), 10)).isEmpty();
        saved(fresh.movedTo(LeadStage.CONTACTED, at(1), Optional.empty(), Optional.empty()));
        assertThat(referrals().waitingForContact(ACME, List.of(ANA), 10)).isEmpty();
        RepId odd = new RepId("{\"$gt\": \"\"}");
        Referral hostile = saved(received(ACME, odd, LEAD, 2));
        assertThat(referrals().waitingForContact(ACME, List.of(odd), 10)).containsExactly(hostile);
        assertThat(referrals().waitingForContact(ACME, List.of(new RepId(".*")), 10)).isEmpty();
    }
}
