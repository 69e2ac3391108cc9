package com.referralcoach.core.language;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * "referral month March": every active contact, spread over the month's working days, helped first then asked.
 * With a team ("team East referral month March"), a manager starts it for every member.
 */
public record StartReferralMonth(YearMonth month, Optional<String> team) implements Command {
    public StartReferralMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(team, "team");
    }

    /** The rep's own referral month. */
    public StartReferralMonth(YearMonth month) {
        this(month, Optional.empty());
    }
}
