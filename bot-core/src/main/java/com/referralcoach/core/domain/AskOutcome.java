package com.referralcoach.core.domain;

/** What happened when the rep asked (or chose not to ask) a contact for a referral. */
public enum AskOutcome {
    ASKED("asked"),
    THINKING("asked, thinking about it"),
    GOT_REFERRAL("asked, got a referral"),
    DECLINED("declined"),
    SKIPPED("not asked");

    private final String label;

    AskOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when the rep actually put the question to the contact. */
    public boolean wasAsked() {
        return this != SKIPPED;
    }
}
