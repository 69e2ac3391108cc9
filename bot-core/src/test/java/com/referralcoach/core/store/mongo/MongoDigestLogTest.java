package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.store.DigestLogContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoDigestLogTest extends DigestLogContract {
    private DigestLog digests;

    @BeforeEach
    void open(MongoDatabase database) {
        digests = MongoDigestLog.open(database);
    }

    @Override
    protected DigestLog digests() {
        return digests;
    }
}
