package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.util.List;

/** The update a referrer deserves when their lead moves on, drafted so the rep can copy it. */
public final class ReferrerUpdate {
    private ReferrerUpdate() {
    }

    /** "Hi Jane, quick update on Tom Lee: I've sent a proposal. Thanks again for the introduction." */
    public static String draft(Referral referral, Contact lead, Contact referrer) {
        String hi = "Hi " + referrer.name().firstName() + ", ";
        String leadName = lead.name().display();
        String note = referral.current().note().map(n -> " (" + n + ")").orElse("");
        switch (referral.stage()) {
            case WON:
                return hi + "great news: " + leadName + " signed with us. Thank you so much for the introduction!";
            case LOST:
                return hi + "an update on " + leadName + ": it didn't work out this time" + note
                        + ". I'm grateful you thought of me; thank you for the introduction.";
            default:
                return hi + "quick update on " + leadName + ": " + progress(referral.stage())
                        + ". Thanks again for the introduction.";
        }
    }

    private static String progress(LeadStage stage) {
        switch (stage) {
            case CONTACTED:
                return "we've been in touch";
            case MEETING:
                return "we have a meeting booked";
            case PROPOSAL:
                return "I've sent a proposal";
            default:
                return "we're getting started";
        }
    }

    public static Reply afterMove(Referral moved, Contact lead, Contact referrer) {
        String leadName = lead.name().display();
        String referrerName = referrer.name().display();
        String amount = moved.wonAmount().filter(a -> moved.stage() == LeadStage.WON)
                .map(a -> ", " + a.display()).orElse("");
        String next;
        if (moved.stage() == LeadStage.WON) {
            next = leadName + " signed: tell " + referrerName + " and thank them.";
        } else if (moved.stage() == LeadStage.LOST) {
            next = "Let " + referrerName + " know anyway; the introduction still counts.";
        } else {
            next = "Keep " + referrerName + " in the loop:";
        }
        String now = moved.stage().isClosed() ? " " + moved.stage().label() : " moved to \"" + moved.stage().label() + "\"";
        return new Reply("Saved: " + leadName + now + amount + ".\n" + next,
                List.of(new Field("Draft for " + referrer.name().firstName(), draft(moved, lead, referrer))),
                List.of());
    }
}
