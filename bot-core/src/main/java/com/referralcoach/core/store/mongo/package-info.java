/**
 * MongoDB storage for the ports of {@code com.referralcoach.core.port}, over the official sync driver.
 * Only {@link com.referralcoach.core.store.mongo.MongoCoachStore} is public; repositories, documents
 * and mappers stay package-private. Every document carries its workspace id ({@code ws}) and every
 * query filters by it.
 */
package com.referralcoach.core.store.mongo;
