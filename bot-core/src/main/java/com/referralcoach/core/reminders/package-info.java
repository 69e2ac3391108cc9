/** What is due and when: the rules of reminders, pure and Clock-driven. */
package com.referralcoach.core.reminders;
