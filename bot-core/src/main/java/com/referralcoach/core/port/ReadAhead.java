package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Set;

/**
 * Reads in one round trip, as a message starts, what handling it will most likely read: the rep, and for each name
 * the message mentions, the contacts of that name and the rep's history with the first person of it (meetings,
 * asks, relationship events, the check-in planned). Until the scope closes, the reads on this thread that it covers
 * are answered from that one read; a write drops what was read ahead from the collection it writes, so a message
 * still reads its own writes. A store that cannot read ahead opens a scope that does nothing.
 */
@FunctionalInterface
public interface ReadAhead {
    /** A store that reads nothing ahead. */
    ReadAhead NONE = (workspace, rep, nameKeys) -> () -> { };

    /** Reads ahead for a message of {@code rep} naming {@code nameKeys} ({@code PersonName.keyOf}); close after it. */
    Scope open(WorkspaceId workspace, RepId rep, Set<String> nameKeys);

    /** The message's reads ahead, dropped when it closes. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
