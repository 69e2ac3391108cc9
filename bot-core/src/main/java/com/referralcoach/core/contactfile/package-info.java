/**
 * Address books reps export (LinkedIn, Google, HubSpot, Salesforce, any CSV with a usable header, vCard), read row by
 * row into people, never holding the whole file; pure, knows no storage and no platform.
 */
package com.referralcoach.core.contactfile;
