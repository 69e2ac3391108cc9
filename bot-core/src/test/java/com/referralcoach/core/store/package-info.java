/** Contract tests of the storage ports, each run against every implementation. */
package com.referralcoach.core.store;
