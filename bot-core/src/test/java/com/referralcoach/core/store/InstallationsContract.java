package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import java.util.List;
import java.util.Optional;
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

    private static final WorkspaceId GRID = new WorkspaceId("E-GRID");

    private static Installation installationIn(WorkspaceId workspace, String token) {
        return new Installation(workspace, Optional.empty(), false, token, "U-BOT", "B-BOT",
                List.of("chat:write", "commands"), Optional.of("xoxe-1-refresh"), Optional.of(at(720)), at(0));
    }

    private static Installation orgWide(String token) {
        return new Installation(GRID, Optional.of(GRID.value()), true, token, "U-BOT", "B-BOT", List.of("chat:write"),
                Optional.empty(), Optional.empty(), at(0));
    }

    @Test
    void anInstallationIsKeptWholeForItsWorkspaceOnlyAndOutlivesARestart() {
        installations().installed(installationIn(ACME, "xoxe.xoxb-acme"));

        Installation found = reopened().installation(ACME).orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(installationIn(ACME, "xoxe.xoxb-acme"));
        assertThat(found.toString()).doesNotContain("xoxe.xoxb-acme").doesNotContain("xoxe-1-refresh");
        assertThat(reopened().installation(GLOBEX)).as("another workspace").isEmpty();
        assertThat(reopened().active(ACME)).isTrue();
    }

    @Test
    void aRefreshedTokenReplacesTheOldOne() {
        installations().installed(installationIn(ACME, "xoxe.xoxb-old"));
        installations().installed(installationIn(ACME, "xoxe.xoxb-old").refreshed("xoxe.xoxb-new", "xoxe-1-next",
                at(900)));

        Installation found = reopened().installation(ACME).orElseThrow();
        assertThat(found.botToken()).isEqualTo("xoxe.xoxb-new");
        assertThat(found.refreshToken()).contains("xoxe-1-next");
        assertThat(found.expiresAt()).contains(at(900));
    }

    @Test
    void aRemovalForgetsTheTokenAndAnInstallBringsTheWorkspaceBack() {
        installations().installed(installationIn(ACME, "xoxb-acme"));
        installations().installed(installationIn(GLOBEX, "xoxb-globex"));

        assertThat(installations().removed(ACME, "app_uninstalled", at(1))).isTrue();
        assertThat(reopened().installation(ACME)).isEmpty();
        assertThat(installations().restored(ACME, at(2))).isTrue();
        assertThat(reopened().installation(ACME)).as("a rep writing brings no token back").isEmpty();
        assertThat(reopened().installation(GLOBEX)).as("the other workspace keeps its own").isPresent();

        installations().removed(ACME, "tokens_revoked", at(3));
        installations().installed(installationIn(ACME, "xoxb-again"));
        assertThat(reopened().active(ACME)).isTrue();
        assertThat(reopened().installation(ACME).orElseThrow().botToken()).isEqualTo("xoxb-again");
    }

    @Test
    void aTeamJoinedToAnOrgWideInstallationIsReachedThroughItUntilTheOrgRemovesTheBot() {
        installations().installed(orgWide("xoxb-grid"));
        installations().joined(ACME, GRID);

        assertThat(reopened().installation(ACME).orElseThrow().botToken()).isEqualTo("xoxb-grid");
        assertThat(reopened().installation(GRID).orElseThrow().orgWide()).isTrue();
        assertThat(reopened().installation(GLOBEX)).as("a team that never joined").isEmpty();

        installations().removed(GRID, "app_uninstalled", at(1));
        assertThat(reopened().installation(ACME)).isEmpty();
    }

    @Test
    void aTeamJoinedToAnEnterpriseWithoutAnOrgWideInstallationHasNone() {
        installations().installed(new Installation(GRID, Optional.of(GRID.value()), false, "xoxb-team-only", "U", "B",
                List.of(), Optional.empty(), Optional.empty(), at(0)));
        installations().joined(ACME, GRID);

        assertThat(reopened().installation(ACME)).isEmpty();
    }
}
