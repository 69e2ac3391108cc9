package com.referralcoach.core.language;

import com.referralcoach.core.ReferralCoachException;
import java.util.Objects;

/** "csat Jane Doe 9": a satisfaction score from 0 to 10. */
public record RecordSatisfaction(PersonRef person, int score) implements Command {
    public RecordSatisfaction {
        Objects.requireNonNull(person, "person");
        if (score < 0 || score > 10) {
            throw new ReferralCoachException("a satisfaction score is 0-10");
        }
    }
}
