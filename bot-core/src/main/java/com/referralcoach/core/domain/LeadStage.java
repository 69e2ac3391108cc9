package com.referralcoach.core.domain;

/** Where a referred lead stands: new, contacted, meeting, proposal, then won or lost. */
public enum LeadStage {
    NEW("new"),
    CONTACTED("contacted"),
    MEETING("meeting booked"),
    PROPOSAL("proposal sent"),
    WON("won"),
    LOST("lost");

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
