/** What is due and when, what it says, and the dispatcher that delivers it: pure rules, Clock-driven. */
package com.referralcoach.core.reminders;
