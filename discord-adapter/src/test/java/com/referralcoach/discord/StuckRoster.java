package com.referralcoach.discord;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A roster whose every read of a rep waits for {@code release} (30 s at most): a store stuck until a test frees it. */
record StuckRoster(RepRoster real, CountDownLatch release) implements RepRoster {

    /** The store over {@code db}, but every read of a rep waits for {@code release}. */
    static CoachStore storeOver(MongoDatabase db, CountDownLatch release) {
        CoachStore real = MongoCoachStore.open(db, Clock.systemUTC());
        return new CoachStore(new StuckRoster(real.reps(), release), real.contacts(), real.meetings(),
                real.asks(), real.referrals(), real.reminders(), real.relationships(), real.teams(), real.goals(),
                real.tallies(), real.digests());
    }

    @Override
    public Optional<Rep> find(WorkspaceId workspace, RepId rep) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return real.find(workspace, rep);
    }

    @Override
    public void save(Rep rep) {
        real.save(rep);
    }
}
