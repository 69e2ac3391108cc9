package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.BusinessLog;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store's {@link BusinessLog} must do. */
public abstract class BusinessLogContract {
    private static final ContactId KEN = new ContactId("c-ken");
    private static final ContactId TOM = new ContactId("c-tom");

    protected abstract BusinessLog business();

    private Business won(WorkspaceId workspace, String id, RepId rep, BusinessSource source, String amount,
                         ContactId customer, long minute) {
        Business business = new Business(workspace, id, rep, source,
                Optional.ofNullable(amount).map(a -> new Money(new BigDecimal(a), Optional.of("$"))),
                Optional.ofNullable(customer), at(minute));
        business().save(business);
        return business;
    }

    @Test
    void findsTheRepsLatestOfASourceWithTheCustomerWhenNamed() {
        Business kensFirst = won(ACME, "b-1", ANA, BusinessSource.REPEAT, "8000", KEN, 1);
        Business toms = won(ACME, "b-2", ANA, BusinessSource.REPEAT, "500", TOM, 2);
        Business other = won(ACME, "b-3", ANA, BusinessSource.OTHER, null, null, 3);
        won(ACME, "b-4", BOB, BusinessSource.REPEAT, "1", KEN, 4);
        won(GLOBEX, "b-5", ANA, BusinessSource.REPEAT, "2", KEN, 5);

        assertThat(business().latest(ACME, ANA, BusinessSource.REPEAT, Optional.empty())).contains(toms);
        assertThat(business().latest(ACME, ANA, BusinessSource.REPEAT, Optional.of(KEN))).contains(kensFirst);
        assertThat(business().latest(ACME, ANA, BusinessSource.OTHER, Optional.empty())).contains(other);
        assertThat(business().latest(ACME, ANA, BusinessSource.REFERRAL, Optional.empty())).isEmpty();
        assertThat(business().latest(ACME, ANA, BusinessSource.OTHER, Optional.of(KEN))).isEmpty();
        assertThat(business().latest(GLOBEX, BOB, BusinessSource.REPEAT, Optional.empty())).isEmpty();
    }

    @Test
    void aSaveWithTheSameIdReplacesTheAmount() {
        Business first = won(ACME, "b-1", ANA, BusinessSource.REPEAT, "8000", KEN, 1);
        Business corrected = first.withAmount(new Money(new BigDecimal("9000.50"), Optional.empty()));
        business().save(corrected);
        assertThat(business().latest(ACME, ANA, BusinessSource.REPEAT, Optional.of(KEN))).contains(corrected);
    }
}
