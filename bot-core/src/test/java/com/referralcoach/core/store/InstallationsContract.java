package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.port.Installations;
import org.junit.jupiter.api.Test;

/** What every {@link Installations} must do. */
public abstract class InstallationsContract {
    protected abstract Installations installations();

    /** The same records read through a fresh instance over the same storage (as after a restart). */
    protected abstract Installations reopened();

    @Test
    void aWorkspaceNeverSeenIsActive() {
        assertThat(installations().active(ACME)).isTrue();
        assertThat(installations().restored(ACME, at(0))).as("nothing to restore").isFalse();
        assertThat(installations().active(ACME)).isTrue();
    }

    @Test
    void aRemovalIsReportedOnceAndOutlivesARestart() {
        assertThat(installations().removed(ACME, "app_uninstalled", at(1))).isTrue();
        assertThat(installations().removed(ACME, "tokens_revoked", at(2))).as("already removed").isFalse();

        assertThat(reopened().active(ACME)).isFalse();
        assertThat(reopened().active(GLOBEX)).as("other workspaces").isTrue();
    }

    @Test
    void aRestoredWorkspaceIsActiveAgainAndCanBeRemovedAgain() {
        installations().removed(ACME, "app_uninstalled", at(1));

        assertThat(installations().restored(ACME, at(2))).isTrue();
        assertThat(installations().restored(ACME, at(3))).as("already active").isFalse();
        assertThat(reopened().active(ACME)).isTrue();
        assertThat(installations().removed(ACME, "tokens_revoked", at(4))).isTrue();
        assertThat(reopened().active(ACME)).isFalse();
    }
}
