package com.referralcoach.core.port;

import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Optional;

/** The business reps won outside the referral pipeline, kept so that its amount can be corrected. */
public interface BusinessLog {
    /** Keeps nothing: business stays only in the tallies, and no amount can be corrected. */
    BusinessLog NONE = new BusinessLog() {
        @Override
        public void save(Business business) {
        }

        @Override
        public Optional<Business> latest(WorkspaceId workspace, RepId rep, BusinessSource source,
                                         Optional<ContactId> customer) {
            return Optional.empty();
        }
    };

    /** Stores the business, or replaces the one with its id. */
    void save(Business business);

    /** The rep's latest business of {@code source}, with {@code customer} when one is given, if any. */
    Optional<Business> latest(WorkspaceId workspace, RepId rep, BusinessSource source, Optional<ContactId> customer);
}
