package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;

final class Ids {
    private static final int MAX_LENGTH = 200;

    private Ids() {
    }

    static void requireId(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ReferralCoachException(what + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new ReferralCoachException(what + " is longer than " + MAX_LENGTH + " characters");
        }
    }
}
