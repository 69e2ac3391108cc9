package com.referralcoach.core.domain;

/** Something a rep did that goals and digests count, recorded at the instant it counts for. */
public enum ActivityKind {
    /** A logged meeting, counted when it ends. */
    MEETING_ENDED,
    /** The rep asked for a referral (any answer, or still thinking). */
    ASK_MADE,
    /** A referred lead came in. */
    REFERRAL_RECEIVED,
    /** A new lead was contacted within 1 working hour; counted at the instant the lead came in. */
    LEAD_CONTACTED_IN_TIME,
    /** The rep told a referrer how their lead is doing. */
    REFERRER_UPDATED,
    /** The rep thanked a referrer. */
    REFERRER_THANKED,
    /** Business won, from any source; the amount, when known, goes with it. */
    LEAD_WON,
    /** Business won that came from a referral; counted alongside LEAD_WON for the referral share. */
    WON_FROM_REFERRAL,
    /** Repeat business won from a customer; counted alongside LEAD_WON for the repeat share. */
    WON_FROM_REPEAT,
    /** The rep introduced someone to somebody else. */
    REFERRAL_GIVEN,
    /** A testimonial, recommendation or online review came in (what testimonial goals count). */
    TESTIMONIAL_RECEIVED,
    /** An online review came in; counted alongside TESTIMONIAL_RECEIVED, to say how many were reviews. */
    REVIEW_RECEIVED,
    /** A person planned into the rep's referral month; counted when the campaign starts (or when planned, later). */
    REFERRAL_MONTH_PLANNED,
    /** A person of the rep's referral month asked for a referral that month; counted once per person and month. */
    REFERRAL_MONTH_ASKED
}
