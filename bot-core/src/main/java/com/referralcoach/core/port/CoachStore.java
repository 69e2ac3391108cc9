package com.referralcoach.core.port;

import java.util.Objects;

/** All the storage ports the engine needs, handed over as one. */
public record CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                         ReferralLedger referrals, ReminderQueue reminders,
                         RelationshipLog relationships, TeamRoster teams, GoalBook goals,
                         ActivityTally tallies, DigestLog digests, PendingQuestions questions,
                         ChangeJournal changes, ContactImports imports, RepRecords records,
                         Erasures erasures, ContactMerges merges, BusinessLog business, ReadAhead ahead) {
    /** A store that reads nothing ahead. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests,
                      PendingQuestions questions, ChangeJournal changes, ContactImports imports, RepRecords records,
                      Erasures erasures, ContactMerges merges, BusinessLog business) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                questions, changes, imports, records, erasures, merges, business, ReadAhead.NONE);
    }

    /** A store that keeps no business won outside the pipeline, so its amounts can't be corrected. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests,
                      PendingQuestions questions, ChangeJournal changes, ContactImports imports, RepRecords records,
                      Erasures erasures, ContactMerges merges) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                questions, changes, imports, records, erasures, merges, BusinessLog.NONE);
    }

    /** A store that cannot merge people. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests,
                      PendingQuestions questions, ChangeJournal changes, ContactImports imports, RepRecords records,
                      Erasures erasures) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                questions, changes, imports, records, erasures, ContactMerges.NONE);
    }

    /** A store that keeps no records to export and erases nothing. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests,
                      PendingQuestions questions, ChangeJournal changes, ContactImports imports) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                questions, changes, imports, RepRecords.NONE, Erasures.NONE);
    }

    /** A store that asks nothing it keeps and records no changes to undo. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                PendingQuestions.NONE, ChangeJournal.NONE, ContactImports.NONE);
    }

    /** A store that keeps no contact imports. */
    public CoachStore(RepRoster reps, ContactBook contacts, MeetingLog meetings, AskLog asks,
                      ReferralLedger referrals, ReminderQueue reminders, RelationshipLog relationships,
                      TeamRoster teams, GoalBook goals, ActivityTally tallies, DigestLog digests,
                      PendingQuestions questions, ChangeJournal changes) {
        this(reps, contacts, meetings, asks, referrals, reminders, relationships, teams, goals, tallies, digests,
                questions, changes, ContactImports.NONE);
    }

    public CoachStore {
        Objects.requireNonNull(reps, "reps");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(asks, "asks");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(relationships, "relationships");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(tallies, "tallies");
        Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(erasures, "erasures");
        Objects.requireNonNull(merges, "merges");
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(ahead, "ahead");
    }
}
