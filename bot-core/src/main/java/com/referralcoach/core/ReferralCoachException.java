package com.referralcoach.core;

/** The one unchecked exception root of Referral Coach: a bug or an unavailable dependency, never a user's mistake. */
public class ReferralCoachException extends RuntimeException {
    public ReferralCoachException(String message) {
        super(message);
    }

    public ReferralCoachException(String message, Throwable cause) {
        super(message, cause);
    }
}
