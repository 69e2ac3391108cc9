/**
 * The inbox rule every chat adapter follows, written once: keep a rep's message durably before acking it to the
 * platform, let go of it once the engine has answered, and at start-up answer what a stop or a crash left waiting,
 * with an apology for the wait. Also the memory of recent event ids that makes a platform's redelivery a no-op.
 */
package com.referralcoach.core.inbox;
