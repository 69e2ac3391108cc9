package com.referralcoach.discord;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a first response to an interaction has lately taken from being queued in JDA to Discord's acceptance:
 * the longest recent one, fading with every response after it, so one slow send under a burst counts until quicker
 * ones have followed it (about fifty).
 */
final class SendLag {
    /** What each later response keeps of the lag before it. */
    private static final double FADE = 0.95;

    private final AtomicLong millis = new AtomicLong();

    /** One first response took {@code took} milliseconds to be accepted. */
    void took(long took) {
        millis.updateAndGet(lag -> Math.max(Math.max(0, took), (long) (lag * FADE)));
    }

    long millis() {
        return millis.get();
    }
}
