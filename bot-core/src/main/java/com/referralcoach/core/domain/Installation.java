package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bot installed in one workspace through OAuth: kept under {@code workspace}, the team's id or, for an org-wide
 * (Enterprise Grid) install, the enterprise's. A rotating token has a refresh token and an expiry. The tokens never
 * appear in {@link #toString()}.
 */
public record Installation(WorkspaceId workspace, Optional<String> enterprise, boolean orgWide, String botToken,
                           String botUserId, String botId, List<String> scopes, Optional<String> refreshToken,
                           Optional<Instant> expiresAt, Instant installedAt) {
    public Installation {
        if (botToken == null || botToken.isBlank()) {
            throw new ReferralCoachException("an installation needs its bot token");
        }
        if (orgWide && enterprise.map(e -> !e.equals(workspace.value())).orElse(true)) {
            throw new ReferralCoachException("an org-wide installation is kept under its enterprise id");
        }
        botUserId = botUserId == null ? "" : botUserId;
        botId = botId == null ? "" : botId;
        scopes = List.copyOf(scopes);
    }

    /** The same installation with a refreshed token, refresh token and expiry. */
    public Installation refreshed(String token, String refresh, Instant expiry) {
        return new Installation(workspace, enterprise, orgWide, token, botUserId, botId, scopes,
                Optional.of(refresh), Optional.of(expiry), installedAt);
    }

    @Override
    public String toString() {
        return "Installation[workspace=" + workspace + ", enterprise=" + enterprise.orElse("-") + ", orgWide="
                + orgWide + ", botUserId=" + botUserId + ", scopes=" + scopes + ", rotating="
                + refreshToken.isPresent() + ", installedAt=" + installedAt + "]";
    }
}
