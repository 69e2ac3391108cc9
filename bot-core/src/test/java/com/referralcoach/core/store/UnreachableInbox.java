package com.referralcoach.core.store;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.port.MessageInbox;
import java.util.List;

/** An inbox whose store cannot be reached: every write fails, and nothing is waiting. */
public final class UnreachableInbox implements MessageInbox {
    @Override
    public List<PendingMessage> keepAll(List<PendingMessage> messages) {
        throw new ReferralCoachException("The store is not reachable");
    }

    @Override
    public void doneAll(List<PendingMessage> messages) {
        throw new ReferralCoachException("The store is not reachable");
    }

    @Override
    public List<PendingMessage> waiting(String platform, int limit) {
        return List.of();
    }

    @Override
    public java.util.Optional<java.time.Duration> leftOverAge() {
        return java.util.Optional.empty();
    }
}
