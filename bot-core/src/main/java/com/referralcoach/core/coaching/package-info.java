/** What the bot says to coach a rep: the specific ask, the referrer update, dates as a rep reads them. */
package com.referralcoach.core.coaching;
