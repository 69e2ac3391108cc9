package com.referralcoach.core.domain;

/** The period a goal is counted over, in the owner's time zone; weeks start on Monday. */
public enum GoalPeriod {
    WEEK, MONTH;

    public String label() {
        return this == WEEK ? "week" : "month";
    }
}
