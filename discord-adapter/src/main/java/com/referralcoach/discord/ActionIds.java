package com.referralcoach.discord;

import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.reply.SuggestedAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button and modal ids: {@code rc|<kind>|<guild>|<message>}, a button about one person of a message about several
 * marked after the server ({@code <guild>~<digest>}, {@link #settlesTag}). A suggested action's message rides in the
 * id itself, so a button still works after a restart; a message too long for Discord's 100 characters is kept in the
 * store ({@link ActionTexts}) under a short key made from it, and works after a restart too.
 */
final class ActionIds {
    private static final Logger log = LoggerFactory.getLogger(ActionIds.class);
    static final int MAX_ID = 100;
    private static final String PREFIX = "rc|";
    private static final String SETTLES = "~";
    /** The workspace a long button's text is kept under when it was shown outside any server. */
    private static final WorkspaceId NO_SERVER = new WorkspaceId("-");

    /** What a button or modal id stands for. */
    enum Kind {
        SEND('s'), TEMPLATE('t'), KEPT_SEND('k'), KEPT_TEMPLATE('j'), CHOOSE_GUILD('g'), TEMPLATE_FORM('m'),
        REFERRAL_FORM('r');

        final char code;

        Kind(char code) {
            this.code = code;
        }

        static Optional<Kind> of(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** A decoded id; {@code message} is empty when its kept text cannot be found (or read) any more. */
    record Decoded(Kind kind, String guild, Optional<String> message) {
    }

    private final ActionTexts texts;

    ActionIds(ActionTexts texts) {
        this.texts = texts;
    }

    /** The id of a button for {@code action}; empty when its text is too long and could not be kept. */
    Optional<String> of(String guild, SuggestedAction action) {
        String at = guild + settlesTag(action.settlesWith());
        String id = id(action.complete() ? Kind.SEND : Kind.TEMPLATE, at, action.message());
        if (id.length() <= MAX_ID) {
            return Optional.of(id);
        }
        try {
            String key = texts.keep(workspace(guild), action.message());
            return Optional.of(id(action.complete() ? Kind.KEPT_SEND : Kind.KEPT_TEMPLATE, at, key));
        } catch (RuntimeException e) {
            log.warn("Could not keep the text of a long button in server {}; it is left out: {}", guild,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The mark on a button's id of the buttons a click settles with it ({@link SuggestedAction#settlesWith}), after
     * the server: "" for no one's (an ordinary message's), else "~" and a digest of the person.
     */
    static String settlesTag(String settlesWith) {
        return settlesWith.isEmpty() ? "" : SETTLES + UUID.nameUUIDFromBytes(settlesWith.getBytes(
                StandardCharsets.UTF_8)).toString().substring(0, 8);
    }

    /** The mark {@link #settlesTag} left on a button's id; "" for none (or an id the bot did not make). */
    static String settlesTagOf(String id) {
        int guildEnd = id == null || !id.startsWith(PREFIX) ? -1 : id.indexOf('|', PREFIX.length() + 2);
        if (guildEnd < 0) {
            return "";
        }
        String at = id.substring(PREFIX.length() + 2, guildEnd);
        return at.contains(SETTLES) ? at.substring(at.indexOf(SETTLES)) : "";
    }

    static String id(Kind kind, String guild, String rest) {
        return PREFIX + kind.code + "|" + guild + "|" + rest;
    }

    Optional<Decoded> decode(String id) {
        if (!id.startsWith(PREFIX) || id.length() < PREFIX.length() + 3 || id.charAt(PREFIX.length() + 1) != '|') {
            return Optional.empty();
        }
        int guildEnd = id.indexOf('|', PREFIX.length() + 2);
        Optional<Kind> kind = Kind.of(id.charAt(PREFIX.length()));
        if (guildEnd < 0 || kind.isEmpty()) {
            return Optional.empty();
        }
        String at = id.substring(PREFIX.length() + 2, guildEnd);
        String guild = at.contains(SETTLES) ? at.substring(0, at.indexOf(SETTLES)) : at;
        String rest = id.substring(guildEnd + 1);
        return Optional.of(switch (kind.get()) {
            case KEPT_SEND -> new Decoded(Kind.SEND, guild, recall(guild, rest));
            case KEPT_TEMPLATE -> new Decoded(Kind.TEMPLATE, guild, recall(guild, rest));
            default -> new Decoded(kind.get(), guild, Optional.of(rest));
        });
    }

    private Optional<String> recall(String guild, String key) {
        try {
            return texts.recall(workspace(guild), key);
        } catch (RuntimeException e) {
            log.warn("Could not read the text of a long button in server {}: {}", guild, e.getMessage());
            return Optional.empty();
        }
    }

    private static WorkspaceId workspace(String guild) {
        return guild.isBlank() ? NO_SERVER : new WorkspaceId(guild);
    }
}
