package com.referralcoach.core.language;

/** Examples for goals, teams and digests, shown when a message about them can't be used. */
final class GoalCommands {
    static final String GOAL = "goal 5 asks per week";
    static final String TEAM_GOAL = "team East goal 20 referrals per month";
    static final String TEAM = "team East: @ana @ben @cy";
    static final String TEAM_MANAGER = "manager of East: @dana";
    static final String APPOINT = "make @dana a manager";
    static final String DIGEST = "digest East to #sales-east every monday 9:00";
    static final String DIGEST_NOW = "digest East now";
    static final String BUSINESS = "closed $5k repeat business with Jane Doe";

    private GoalCommands() {
    }
}
