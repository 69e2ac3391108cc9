package com.referralcoach.core.language;

/** "ideal referral": who the rep's asks say they most want to meet, and where that comes from. */
public record ShowIdealReferral() implements Command {
}
