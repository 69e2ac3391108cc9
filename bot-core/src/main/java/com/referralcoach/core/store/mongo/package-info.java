/**
 * MongoDB storage for the ports of {@code com.referralcoach.core.port}, over the official sync driver.
 * Only {@link com.referralcoach.core.store.mongo.MongoCoachStore} is public; repositories, documents
 * and mappers stay package-private. Every document carries its workspace id ({@code ws}) and every
 * query filters by it or reads ids that begin with it ({@link com.referralcoach.core.store.mongo.StoredIds},
 * checking {@code ws} on what comes back), but for two reads that span workspaces by design: the reminder
 * dispatcher's claims (its due index, {@code reminderSlots}, holds only reminder ids) and the digest schedules
 * read once at startup.
 */
package com.referralcoach.core.store.mongo;
