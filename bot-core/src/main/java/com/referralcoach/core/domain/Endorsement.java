package com.referralcoach.core.domain;

/** A public word for the rep that opens doors to people who don't know them yet. */
public enum Endorsement {
    TESTIMONIAL("testimonial", RelationshipEventKind.TESTIMONIAL_ASKED, RelationshipEventKind.TESTIMONIAL_RECEIVED),
    LINKEDIN_RECOMMENDATION("LinkedIn recommendation", RelationshipEventKind.RECOMMENDATION_ASKED,
            RelationshipEventKind.RECOMMENDATION_RECEIVED),
    /** An online review (Google, G2, Capterra, Trustpilot...), tracked per platform. */
    REVIEW("review", RelationshipEventKind.REVIEW_ASKED, RelationshipEventKind.REVIEW_RECEIVED);

    private final String label;
    private final RelationshipEventKind asked;
    private final RelationshipEventKind received;

    Endorsement(String label, RelationshipEventKind asked, RelationshipEventKind received) {
        this.label = label;
        this.asked = asked;
        this.received = received;
    }

    public String label() {
        return label;
    }

    public RelationshipEventKind asked() {
        return asked;
    }

    public RelationshipEventKind received() {
        return received;
    }
}
