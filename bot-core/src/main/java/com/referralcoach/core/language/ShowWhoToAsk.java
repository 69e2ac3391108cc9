package com.referralcoach.core.language;

/** "who to ask": the people to ask for a referral now, best first, each with the reason. */
public record ShowWhoToAsk() implements Command {
}
