package com.referralcoach.core.port;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;

/** One person known twice in a workspace made one: every record naming the duplicate moves to the person kept. */
public interface ContactMerges {
    /** A store that cannot merge people. */
    ContactMerges NONE = new ContactMerges() {
        @Override
        public MergeFootprint footprint(WorkspaceId workspace, ContactId duplicate) {
            return MergeFootprint.NONE;
        }

        @Override
        public void merge(WorkspaceId workspace, ContactId duplicate, ContactId kept) {
            throw new ReferralCoachException("this store cannot merge people");
        }
    };

    /** What names {@code duplicate} in the workspace, for every rep: what a merge would move. */
    MergeFootprint footprint(WorkspaceId workspace, ContactId duplicate);

    /**
     * Points every meeting, ask, referral (as referrer or lead), reminder and relationship event of {@code duplicate}
     * at {@code kept}, gives {@code kept} the company, email and phone it lacked, then deletes {@code duplicate}.
     */
    void merge(WorkspaceId workspace, ContactId duplicate, ContactId kept);
}
