package com.referralcoach.core.language;

/** One sample message per command, shown when the rep's message was not understood. */
final class Examples {
    static final String CALENDAR = "calendar https://calendar.google.com/calendar/ical/…/basic.ics";
    static final String OUR_DOMAINS = "our domains acme.com, acme.io";
    static final String MEETING = "meeting with Jane Doe (Acme) ends 3:30pm";
    static final String MEETING_TIMES = "meeting with Jane Doe tomorrow 2-3pm";
    static final String MET = "met Jane Doe at Acme about the Q3 rollout";
    static final String CALL = "call with Jane Doe ends in 45 min";
    static final String ASKED = "asked Jane Doe - she'll think about it";
    static final String SKIPPED = "skip ask Jane Doe - billing issue open";
    static final String DECLINED = "Jane Doe said no - not comfortable sharing clients";
    static final String REFERRED = "Jane Doe referred Tom Lee (Globex) - needs CRM help";
    static final String REFERRAL = "referral from Jane Doe: Tom Lee (Globex) tom@globex.com";
    static final String CONTACTED = "Tom Lee contacted";
    static final String MEETING_BOOKED = "Tom Lee meeting booked";
    static final String PROPOSAL = "Tom Lee proposal sent";
    static final String WON = "Tom Lee won 12000";
    static final String LOST = "Tom Lee lost - budget cut";
    static final String PIPELINE = "pipeline";
    static final String CONTACT = "contact Jane Doe";
    static final String HELP = "help";
    static final String TIME_ZONE = "tz Europe/Berlin";
    static final String UPDATED = "updated Jane Doe";
    static final String THANKED = "thanked Jane Doe - sent a gift card";
    static final String SNOOZE = "snooze 2h";
    static final String SNOOZE_CODE = "snooze #3fa9c1 1 day";
    static final String SNOOZE_NUMBER = "snooze 2 for 1h";
    static final String REMIND_ME = "remind me tomorrow";
    static final String REMINDERS = "reminders";
    static final String CANCEL = "cancel reminder 3";
    static final String WORKING_HOURS = "working hours 9-17";
    static final String WORK_DAYS = "work days mon-fri";
    static final String MANAGER = "my manager is @dana";
    static final String IMPORT = "import Connections.csv";
    static final String EXPORT_TEAM = "export team East";
    static final String FORGET = "forget Jane Doe";
    static final String DELETE_LEAD = "delete lead Tom Lee";
    static final String DETAILS = "Jane Doe works at Globex now";
    static final String RENAME = "rename Jon Doe to John Doe";

    private Examples() {
    }
}
