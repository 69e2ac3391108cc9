package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.store.ReferralLedgerContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedReferralLedgerTest extends ReferralLedgerContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private ReferralLedger port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).referrals();
    }

    @Override
    protected ReferralLedger referrals() {
        return port;
    }
}
