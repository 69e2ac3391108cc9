/** What the engine asks of the world: storage of reps, contacts, meetings, asks and referrals. */
package com.referralcoach.core.port;
