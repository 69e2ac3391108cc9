package com.referralcoach.slack;

import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bolt's {@link InstallationService} over the store's {@link Installations}: an install is kept under its team, or
 * under its enterprise when org-wide; a bot is looked up as Bolt does, enterprise first (an org-wide install), then
 * the team (which {@link WorkspaceStanding#heardFrom(String, com.slack.api.bolt.context.Context)} may have joined to
 * its organisation's install). Only the bot's token is kept: installers' user tokens are
 * neither asked for nor stored. The tokens never reach a log.
 */
final class StoredInstallations implements InstallationService {
    private final Installations installations;
    private final WorkspaceStanding standing;
    private final Clock clock;

    StoredInstallations(Installations installations, WorkspaceStanding standing, Clock clock) {
        this.installations = installations;
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        // Only the latest installation of each workspace is kept.
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        Bot bot = installer.toBot();
        bot.setBotScope(installer.getBotScope()); // toBot() moves the scopes to a field Bot does not show
        saveBot(bot);
    }

    @Override
    public void saveBot(Bot bot) {
        Installation installation = installation(bot);
        installations.installed(installation);
        standing.heardFrom(installation.workspace().value());
    }

    @Override
    public void deleteBot(Bot bot) {
        standing.removed(Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? bot.getEnterpriseId() : bot.getTeamId(),
                "deleted");
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // No installer's token is kept.
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        Optional.ofNullable(teamId).ifPresent(team -> standing.removed(team, "deleted"));
        Optional.ofNullable(enterpriseId).ifPresent(enterprise -> standing.removed(enterprise, "deleted"));
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        if (enterpriseId != null) {
            Optional<Installation> org = installations.installation(new WorkspaceId(enterpriseId))
                    .filter(Installation::orgWide);
            if (org.isPresent()) {
                return bot(org.get());
            }
        }
        return teamId == null ? null : installations.installation(new WorkspaceId(teamId))
                .map(StoredInstallations::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null;
    }

    private Installation installation(Bot bot) {
        boolean orgWide = Boolean.TRUE.equals(bot.getIsEnterpriseInstall());
        Optional<String> enterprise = Optional.ofNullable(bot.getEnterpriseId()).filter(e -> !e.isBlank());
        String workspace = orgWide ? enterprise.orElse(bot.getTeamId()) : bot.getTeamId();
        return new Installation(new WorkspaceId(workspace), enterprise, orgWide, bot.getBotAccessToken(),
                bot.getBotUserId(), bot.getBotId(), bot.getBotScope() == null ? java.util.List.of()
                : Arrays.stream(bot.getBotScope().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Optional.ofNullable(bot.getBotRefreshToken()), Optional.ofNullable(bot.getBotTokenExpiresAt())
                .map(Instant::ofEpochMilli), Optional.ofNullable(bot.getInstalledAt()).map(Instant::ofEpochMilli)
                .orElse(clock.instant()));
    }

    private static Bot bot(Installation installation) {
        DefaultBot bot = new DefaultBot();
        bot.setEnterpriseId(installation.enterprise().orElse(null));
        bot.setTeamId(installation.orgWide() ? null : installation.workspace().value());
        bot.setIsEnterpriseInstall(installation.orgWide());
        bot.setBotAccessToken(installation.botToken());
        bot.setBotUserId(installation.botUserId());
        bot.setBotId(installation.botId());
        bot.setBotScope(String.join(",", installation.scopes()));
        bot.setBotRefreshToken(installation.refreshToken().orElse(null));
        bot.setBotTokenExpiresAt(installation.expiresAt().map(Instant::toEpochMilli).orElse(null));
        bot.setInstalledAt(installation.installedAt().toEpochMilli());
        return bot;
    }
}
