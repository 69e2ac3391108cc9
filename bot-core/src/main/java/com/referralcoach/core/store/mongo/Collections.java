package com.referralcoach.core.store.mongo;

/** The names of the collections this store owns. */
final class Collections {
    static final String REPS = "reps";
    static final String CONTACTS = "contacts";
    static final String MEETINGS = "meetings";
    static final String ASKS = "asks";
    static final String REFERRALS = "referrals";
    static final String REMINDERS = "reminders";
    /** Pointers to reminders by the minute they come due, and the dispatcher's watermark. */
    static final String REMINDER_SLOTS = "reminderSlots";
    static final String TEAMS = "teams";
    /** One tiny document per rep an admin named a manager. */
    static final String MANAGERS = "managers";
    static final String GOALS = "goals";
    /** One document per rep and UTC week: activity counts by kind and 15-minute slot. */
    static final String TALLIES = "tallies";
    static final String DIGEST_SCHEDULES = "digestSchedules";
    /** One marker per team and week whose digest was claimed for posting. */
    static final String DIGEST_CLAIMS = "digestClaims";
    /** Chat messages acknowledged to their platform and not yet answered. */
    static final String INBOX = "inbox";
    /** One document per platform member: where their direct messages belong. */
    static final String MEMBER_HOMES = "memberHomes";
    /** One document per rep: the question the bot asked them and waits on. */
    static final String PENDING_QUESTIONS = "pendingQuestions";
    /** One document per rep: what their latest messages changed, for undo. */
    static final String CHANGES = "changes";
    /** One document per contact import: who, which file, where it stands. */
    static final String CONTACT_IMPORTS = "contactImports";
    /** One ledger entry per batch of an import ({@code _id} of import id and number): what it wrote. */
    static final String IMPORT_BATCHES = "contactImportBatches";
    /** One mark per erasure under way (a person's, a workspace's), deleted when it is done. */
    static final String ERASURES = "erasures";
    /** Business won outside the referral pipeline (repeat, other), for correcting its amount. */
    static final String BUSINESS = "business";

    private Collections() {
    }
}
