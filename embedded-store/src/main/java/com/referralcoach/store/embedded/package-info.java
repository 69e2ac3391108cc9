/** The embedded MongoDB-compatible server the app runs when no MONGODB_URI is configured. */
package com.referralcoach.store.embedded;
