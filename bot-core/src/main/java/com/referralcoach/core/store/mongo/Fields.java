package com.referralcoach.core.store.mongo;

/** The field names of the stored documents, shared by mappers, queries and indexes. */
final class Fields {
    static final String ID = "_id";
    static final String WS = "ws";
    static final String REP = "rep";
    static final String CONTACT = "contact";
    static final String NAME = "name";
    static final String KEY = "key";
    /** A contact's first name-key word, so that a name search is an equality lookup before the prefix match. */
    static final String FIRST_WORD = "first";
    static final String ZONE = "zone";
    static final String MANAGER = "manager";
    static final String JOINED_AT = "joinedAt";
    static final String COMPANY = "company";
    static final String EMAIL = "email";
    /** A contact's email as it is matched: stripped and in lower case. */
    static final String MAIL = "mail";
    static final String PHONE = "phone";
    /** A contact's job title and notes, from an imported address book. */
    static final String TITLE = "title";
    static final String NOTES = "notes";
    static final String CREATED_AT = "createdAt";
    static final String TOPIC = "topic";
    static final String STARTS_AT = "startsAt";
    static final String ENDS_AT = "endsAt";
    static final String LOGGED_AT = "loggedAt";
    static final String OUTCOME = "outcome";
    static final String NOTE = "note";
    static final String AT = "at";
    static final String REFERRER = "referrer";
    static final String LEAD = "lead";
    static final String NEED = "need";
    static final String HISTORY = "history";
    static final String STAGE = "stage";
    static final String OPEN = "open";
    static final String WON = "won";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String SOURCE = "source";
    static final String CUSTOMER = "customer";
    static final String RECEIVED_AT = "receivedAt";
    static final String REFERRER_UPDATED_AT = "referrerUpdatedAt";
    static final String THANKED_AT = "thankedAt";
    static final String HOURS = "hours";
    static final String IDEAL = "ideal";
    static final String IDEAL_TEAM = "idealTeam";
    static final String REVIEW_LINKS = "reviewLinks";
    static final String SITE = "site";
    static final String LINK = "link";
    static final String START = "start";
    static final String END = "end";
    static final String DAYS = "days";
    static final String KIND = "kind";
    static final String MEETING = "meeting";
    static final String REFERRAL = "referral";
    static final String DUE_AT = "dueAt";
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "lastError";
    static final String SENT_AT = "sentAt";
    static final String SKIP_REASON = "skipReason";
    static final String OWNER = "owner";
    static final String LEASE_UNTIL = "leaseUntil";
    /** The id of the write that last changed a reminder; a claim's token. */
    static final String OP = "op";
    /** A reminder's version, one more on every change: the compare-and-set key with {@code _id}. */
    static final String V = "v";
    /** The key of the slot document pointing to a reminder. */
    static final String SLOT = "slot";
    static final String IDS = "ids";
    static final String N = "n";
    static final String MINUTE = "m";
    static final String MEMBERS = "members";
    static final String TEAM = "team";
    static final String METRIC = "metric";
    /** The Monday (UTC) a tally document's week starts on. */
    static final String WEEK = "week";
    /** A kept chat message's platform, its id there, words, and where the answer goes. */
    static final String PLATFORM = "platform";
    static final String MESSAGE = "message";
    static final String TEXT = "text";
    static final String CHANNEL = "channel";
    static final String THREAD = "thread";
    /** A member's home: the workspaces they used the bot in, the one they chose, what waits for the choice. */
    static final String USED_IN = "usedIn";
    static final String CHOSEN = "chosen";
    static final String HELD = "held";

    private Fields() {
    }
}
