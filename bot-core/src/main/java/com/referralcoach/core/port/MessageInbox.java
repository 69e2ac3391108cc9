package com.referralcoach.core.port;

import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;

/**
 * Messages acknowledged to their platform but not yet answered. An adapter keeps each one before it acks, lets
 * go of it once the engine has answered, and at start-up hands back whatever a stop or a crash left waiting, so
 * no acknowledged message is lost (a platform does not send an acknowledged message again).
 */
public interface MessageInbox {
    /**
     * Keeps {@code message}, durably before returning. False, and nothing changes, when a message of the same
     * platform, workspace and id is already waiting: a platform's retry of one not yet answered.
     */
    default boolean keep(PendingMessage message) {
        return !keepAll(List.of(message)).isEmpty();
    }

    /**
     * Keeps several messages in one durable write, before returning: the ones not already waiting (nor twice in
     * {@code messages}), which it returns, in the order given.
     */
    List<PendingMessage> keepAll(List<PendingMessage> messages);

    /** Lets go of an answered message; nothing happens when it is not waiting. */
    default void done(PendingMessage message) {
        doneAll(List.of(message));
    }

    /** Lets go of several answered messages in one write; those not waiting are passed over. */
    void doneAll(List<PendingMessage> messages);

    /**
     * Takes the messages of {@code platform} left waiting, in every workspace, oldest first, at most {@code limit},
     * to answer them: at start-up, and then now and again when other processes share the store. A message taken is
     * not taken again by another process (two starting together do not both answer it) until the take lapses after
     * {@link #leftOverAge()}. On a store no other process uses, everything waiting is left over; on a shared one only
     * the messages heard longer than {@link #leftOverAge()} ago, since a younger one may be in another process's
     * hands this moment.
     */
    List<PendingMessage> waiting(String platform, int limit);

    /**
     * How long a message waits before a process that did not keep it answers it, when other processes share the
     * store; empty when this process alone answers from it (then all is taken at start-up and never after).
     */
    java.util.Optional<java.time.Duration> leftOverAge();
}
