/** What is due and when, and what it says: the rules of reminders, pure and Clock-driven. */
package com.referralcoach.core.reminders;
