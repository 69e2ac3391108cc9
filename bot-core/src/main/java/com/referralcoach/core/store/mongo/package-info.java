/**
 * MongoDB storage for the ports of {@code com.referralcoach.core.port}, over the official sync driver.
 * Only {@link com.referralcoach.core.store.mongo.MongoCoachStore} is public; repositories, documents
 * and mappers stay package-private. Every document carries its workspace id ({@code ws}) and every
 * query filters by it, but for the reminder dispatcher's: its claims span workspaces, and the due index it
 * walks ({@code reminderSlots}) holds only reminder ids.
 */
package com.referralcoach.core.store.mongo;
