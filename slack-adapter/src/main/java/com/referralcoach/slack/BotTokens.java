package com.referralcoach.slack;

/**
 * The bot token for each Slack workspace (team id): the one token of single-token mode, or each installation's own
 * in OAuth mode ({@link InstalledBotTokens}). Asking for a workspace without one fails with
 * {@link com.referralcoach.core.port.DeliveryFailure#workspaceGone}.
 */
@FunctionalInterface
interface BotTokens {
    /** The workspace named by a call made before any workspace is known: only single-token mode makes one. */
    String ANY = "any";

    String of(String team);

    /** The same token for every workspace: single-token mode. */
    static BotTokens single(String token) {
        return team -> token;
    }
}
