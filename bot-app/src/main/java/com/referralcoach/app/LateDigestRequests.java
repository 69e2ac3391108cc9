package com.referralcoach.app;

import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DigestRequests;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine is built before the platforms that the digest scheduler posts through; this hands the engine's
 * "digest now" requests to the scheduler once it runs, and says "can't post" until then.
 */
final class LateDigestRequests implements DigestRequests {
    private final AtomicReference<DigestRequests> target = new AtomicReference<>(DigestRequests.NONE);

    void connect(DigestRequests scheduler) {
        target.set(scheduler);
    }

    @Override
    public boolean postNow(WorkspaceId workspace, String teamKey) {
        return target.get().postNow(workspace, teamKey);
    }
}
