/** Tests of the embedded store, its durability under a hard kill included. */
package com.referralcoach.store.embedded;
