package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A lead one contact (the referrer) introduced to the rep, and how far it has come. */
public record Referral(WorkspaceId workspace, ReferralId id, RepId rep, ContactId referrer, ContactId lead,
                       Optional<String> need, List<StageChange> history, Optional<Money> wonAmount,
                       Instant receivedAt, Optional<Instant> referrerUpdatedAt, Optional<Instant> thankedAt) {
    /** A referral whose referrer has not been updated or thanked yet. */
    public Referral(WorkspaceId workspace, ReferralId id, RepId rep, ContactId referrer, ContactId lead,
                    Optional<String> need, List<StageChange> history, Optional<Money> wonAmount, Instant receivedAt) {
        this(workspace, id, rep, referrer, lead, need, history, wonAmount, receivedAt, Optional.empty(),
                Optional.empty());
    }

    public Referral {
        Objects.requireNonNull(referrerUpdatedAt, "referrerUpdatedAt");
        Objects.requireNonNull(thankedAt, "thankedAt");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(wonAmount, "wonAmount");
        Objects.requireNonNull(receivedAt, "receivedAt");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new ReferralCoachException("a referral's history starts with its NEW stage");
        }
    }

    /** A fresh lead, at stage NEW since {@code at}. */
    public static Referral received(WorkspaceId workspace, RepId rep, ContactId referrer, ContactId lead,
                                    Optional<String> need, Instant at) {
        return new Referral(workspace, ReferralId.random(), rep, referrer, lead, need,
                List.of(new StageChange(LeadStage.NEW, at, Optional.empty())), Optional.empty(), at);
    }

    public LeadStage stage() {
        return current().stage();
    }

    public StageChange current() {
        return history.get(history.size() - 1);
    }

    public boolean isOpen() {
        return !stage().isClosed();
    }

    /** This referral moved to {@code next}; the caller checks that the move makes sense. */
    public Referral movedTo(LeadStage next, Instant at, Optional<String> note, Optional<Money> amount) {
        List<StageChange> longer = new ArrayList<>(history);
        longer.add(new StageChange(next, at, note));
        Optional<Money> won = next == LeadStage.WON ? amount : wonAmount;
        return new Referral(workspace, id, rep, referrer, lead, need, longer, won, receivedAt, referrerUpdatedAt,
                thankedAt);
    }

    /** The same referral with the amount won corrected; its stages stay. */
    public Referral withWonAmount(Optional<Money> amount) {
        return new Referral(workspace, id, rep, referrer, lead, need, history, amount, receivedAt, referrerUpdatedAt,
                thankedAt);
    }

    /** The rep told the referrer how their lead is doing. */
    public Referral withReferrerUpdated(Instant at) {
        return new Referral(workspace, id, rep, referrer, lead, need, history, wonAmount, receivedAt,
                Optional.of(at), thankedAt);
    }

    /** The rep thanked the referrer for this introduction. */
    public Referral withThanks(Instant at) {
        return new Referral(workspace, id, rep, referrer, lead, need, history, wonAmount, receivedAt,
                referrerUpdatedAt, Optional.of(at));
    }

    /** When the referrer last heard from the rep about this lead: the last update, else when it came in. */
    public Instant referrerLastHeard() {
        return referrerUpdatedAt.filter(u -> u.isAfter(receivedAt)).orElse(receivedAt);
    }
}
