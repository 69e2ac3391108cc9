package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The referrals each rep received, with the stage history of every lead. */
public interface ReferralLedger {
    Optional<Referral> find(WorkspaceId workspace, ReferralId id);

    /** Inserts or replaces the referral (its whole history) in one write, durably, before returning. */
    void save(Referral referral);

    /** Deletes the referral of this workspace, durably; false when there was none (another workspace's stays). */
    boolean delete(WorkspaceId workspace, ReferralId id);

    /** The rep's referrals that are not won or lost, oldest first. */
    List<Referral> open(WorkspaceId workspace, RepId rep);

    /** The rep's referrals given by this referrer, oldest first. */
    List<Referral> fromReferrer(WorkspaceId workspace, RepId rep, ContactId referrer);

    /** The rep's referrals whose lead is this contact, oldest first. */
    List<Referral> forLead(WorkspaceId workspace, RepId rep, ContactId lead);

    /** Leads of these reps still at stage NEW (not contacted), oldest first, at most {@code limit}. */
    List<Referral> waitingForContact(WorkspaceId workspace, Collection<RepId> reps, int limit);
}
