package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.RelationshipLog;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Counts referral-month progress as asks come in: the first ask this month of a person planned into this month's
 * campaign counts once, so "12 of 40 people asked" means twelve different people.
 */
final class ReferralMonthAsks {
    private final RelationshipLog relationships;
    private final AskLog asks;
    private final Scorekeeper score;

    ReferralMonthAsks(RelationshipLog relationships, AskLog asks, Scorekeeper score) {
        this.relationships = relationships;
        this.asks = asks;
        this.score = score;
    }

    /** Called after {@code ask} is saved, when the rep did ask. */
    void asked(Rep rep, Ask ask) {
        YearMonth month = monthOf(rep, ask.at());
        boolean planned = relationships.ofContact(rep.workspace(), rep.id(), ask.contact()).stream()
                .anyMatch(e -> e.kind() == RelationshipEventKind.REFERRAL_MONTH_PLANNED
                        && e.date().map(YearMonth::from).filter(month::equals).isPresent());
        if (!planned) {
            return;
        }
        boolean askedBefore = asks.ofContact(rep.workspace(), rep.id(), ask.contact()).stream()
                .filter(a -> !a.id().equals(ask.id()) && a.outcome().wasAsked())
                .anyMatch(a -> monthOf(rep, a.at()).equals(month));
        if (!askedBefore) {
            score.count(rep, ActivityKind.REFERRAL_MONTH_ASKED, ask.at());
        }
    }

    private static YearMonth monthOf(Rep rep, Instant at) {
        return YearMonth.from(at.atZone(rep.zone()));
    }
}
