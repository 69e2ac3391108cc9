package com.referralcoach.core.domain;

/** Something that happened in a rep's relationship with a customer, besides meetings, asks and referrals. */
public enum RelationshipEventKind {
    /** Something went wrong for the customer; asks wait until it is fixed. The note says what. */
    PROBLEM_OPENED,
    /** The open problem was fixed; asks wait for two more positive interactions. */
    PROBLEM_FIXED,
    /** The rep won the customer something extra; the note says what. The best moment to ask. */
    WIN,
    /** A satisfaction score from 0 to 10. */
    SATISFACTION,
    /** The customer was in a rush at the end of a meeting; the ask moves to the next morning. */
    IN_A_RUSH,
    /** The customer's birthday (the date's year means nothing). */
    BIRTHDAY,
    /** The day the customer started buying, for the yearly anniversary. */
    CUSTOMER_SINCE,
    /** How often to check in, in days, set by the rep. */
    CHECK_IN_CADENCE,
    /** The person knows many people: a shorter check-in cadence, first in "who to ask". */
    CONNECTOR,
    /** The rep asked for a testimonial. */
    TESTIMONIAL_ASKED,
    /** The rep asked for a LinkedIn recommendation. */
    RECOMMENDATION_ASKED,
    /** A testimonial came in. */
    TESTIMONIAL_RECEIVED,
    /** A LinkedIn recommendation came in. */
    RECOMMENDATION_RECEIVED,
    /** The rep asked for an online review; the note names the platform (G2, Google...) when said. */
    REVIEW_ASKED,
    /** An online review came in; the note names the platform when said. */
    REVIEW_RECEIVED,
    /** The bot suggested asking for a testimonial or a review (one at a time, never the week of an ask). */
    ENDORSEMENT_SUGGESTED,
    /** The rep gave this person a referral; the note names it. */
    REFERRAL_GIVEN,
    /** The bot reminded the rep to check in (counts as a touch so the reminder does not repeat daily). */
    CHECK_IN_PROMPTED,
    /** The person is planned for a referral month on the event's date. */
    REFERRAL_MONTH_PLANNED,
    /** The rep delivered something for the customer ("delivered Acme's payroll migration"); the note says what. */
    PROJECT_DELIVERED,
    /** The bot asked the rep once what they delivered for this person, to make the ask specific. */
    PROJECT_ASKED,
    /** What the person needs ("a bookkeeper"), so the rep can give them a lead; the note says what. */
    NEED,
    /** The person owns a business: referrals go both ways; the note may name the business. */
    BUSINESS_OWNER,
    /** A colleague ("former" in the note for a former one): an advocate, never counted as a customer. */
    COLLEAGUE;

    /** True for what the rep did with the customer, as opposed to settings and the bot's own prompts. */
    public boolean isInteraction() {
        return switch (this) {
            case BIRTHDAY, CUSTOMER_SINCE, CHECK_IN_CADENCE, CONNECTOR, CHECK_IN_PROMPTED, REFERRAL_MONTH_PLANNED,
                 PROJECT_ASKED, BUSINESS_OWNER, COLLEAGUE, NEED,
                 ENDORSEMENT_SUGGESTED ->
                    false;
            default -> true;
        };
    }
}
