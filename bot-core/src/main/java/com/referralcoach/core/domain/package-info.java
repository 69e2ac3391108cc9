/** The sales world as values: reps, contacts, meetings, asks, referrals and their stages. */
package com.referralcoach.core.domain;
