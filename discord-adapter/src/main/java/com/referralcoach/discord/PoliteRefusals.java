package com.referralcoach.discord;

import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * The private one-line answers to interactions the bot cannot act on (a button it never made, a form or a command
 * from an older version, a command used outside a server that added it), so that Discord never shows "This
 * interaction failed".
 */
final class PoliteRefusals {
    static final String EXPIRED_BUTTON = "That button has expired; please type what it said instead, or use /coach.";
    static final String NOT_YOUR_BUTTON = "Those buttons are for the member the message mentions; I changed"
            + " nothing.";
    static final String EXPIRED_FORM = "That form has expired; please use /referral or /coach again.";
    static final String EMPTY_FORM = "The form was empty, so I saved nothing.";
    static final String UNKNOWN_COMMAND = "That command is from an older version of me; please use /coach.";
    static final String ONLY_IN_SERVERS = "My commands work only in a server that added me; use them there, or send"
            + " me a direct message.";

    private PoliteRefusals() {
    }

    /** Answers {@code event} privately with {@code text}, which can ping nobody. */
    static void tell(IReplyCallback event, String text) {
        event.reply(text).setEphemeral(true).setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                .queue(null, SlashCommandListener.failed("answer an interaction I cannot act on"));
    }
}
