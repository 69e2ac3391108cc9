package com.referralcoach.core.language;

/** "my sources": where the rep's won business came from, referrals against repeat orders and the rest. */
public record ShowSources() implements Command {
}
