/**
 * Every port's contract suite from bot-core, run on the journaled H2 backend the bot ships (as Quartz runs its
 * {@code AbstractJobStoreTest} against every job store): one small subclass per contract.
 */
package com.referralcoach.store.embedded.contracts;
