/** The storage contracts run over a real driver connection to the embedded MongoDB server. */
package com.referralcoach.core.store.mongo;
