package com.referralcoach.core.contactfile;

/** What the bot says it reads, where a refusal needs it. */
final class Examples {
    static final String FORMATS = "I read CSV exports (LinkedIn Connections.csv, Google Contacts, HubSpot, Salesforce,"
            + " or any CSV with a name column) and vCard .vcf files.";

    private Examples() {
    }
}
