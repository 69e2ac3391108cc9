package com.referralcoach.discord;

import com.referralcoach.core.reply.SuggestedAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Button and modal ids: {@code rc|<kind>|<guild>|<message>}. A suggested action's message rides in the id itself,
 * so a button still works after a restart; a message too long for Discord's 100 characters is kept here in memory
 * under a number instead.
 */
final class ActionIds {
    static final int MAX_ID = 100;
    private static final int REMEMBERED = 10_000;
    private static final String PREFIX = "rc|";

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

    /** A decoded id; {@code message} is empty when it was kept in memory and is gone. */
    record Decoded(Kind kind, String guild, Optional<String> message) {
    }

    private final AtomicLong next = new AtomicLong();
    private final Map<Long, String> kept = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    String of(String guild, SuggestedAction action) {
        String id = id(action.complete() ? Kind.SEND : Kind.TEMPLATE, guild, action.message());
        if (id.length() <= MAX_ID) {
            return id;
        }
        long number = next.incrementAndGet();
        synchronized (kept) {
            kept.put(number, action.message());
        }
        return id(action.complete() ? Kind.KEPT_SEND : Kind.KEPT_TEMPLATE, guild, Long.toString(number));
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
        String guild = id.substring(PREFIX.length() + 2, guildEnd);
        String rest = id.substring(guildEnd + 1);
        return Optional.of(switch (kind.get()) {
            case KEPT_SEND -> new Decoded(Kind.SEND, guild, recall(rest));
            case KEPT_TEMPLATE -> new Decoded(Kind.TEMPLATE, guild, recall(rest));
            default -> new Decoded(kind.get(), guild, Optional.of(rest));
        });
    }

    private Optional<String> recall(String number) {
        try {
            synchronized (kept) {
                return Optional.ofNullable(kept.get(Long.parseLong(number)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
