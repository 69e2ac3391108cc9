package com.referralcoach.core.language;

import java.time.YearMonth;
import java.util.Objects;

/** "referral month March": every active contact, spread over the month's working days, helped first then asked. */
public record StartReferralMonth(YearMonth month) implements Command {
    public StartReferralMonth {
        Objects.requireNonNull(month, "month");
    }
}
