package com.referralcoach.core.store.mongo;

/**
 * Whether the rep document read last on this thread carried the waiting-question flag ({@code pq}), so that taking
 * a question costs no command when none waits. The engine reads the rep and then takes the question on one thread;
 * only the latest read is kept (one entry a thread), and it is used once. Without a hint the question is taken from
 * the store as before, so a hint lost or never set only costs that command.
 */
final class QuestionHints {
    static final String FLAG = "pq";

    private record Hint(String repDocumentId, boolean waiting) {
    }

    private final ThreadLocal<Hint> latest = new ThreadLocal<>();

    void saw(String repDocumentId, boolean waiting) {
        latest.set(new Hint(repDocumentId, waiting));
    }

    /** TRUE/FALSE as the rep's document said when it was the last read on this thread; null when unknown. */
    Boolean take(String repDocumentId) {
        Hint hint = latest.get();
        latest.remove();
        return hint != null && hint.repDocumentId().equals(repDocumentId) ? hint.waiting() : null;
    }
}
