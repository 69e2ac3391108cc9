package com.referralcoach.discord;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which server a member's direct messages belong to: the one server where they used the bot, or the one they
 * chose when there were several. Kept in memory; after a restart a member uses a command once, or chooses again.
 */
final class HomeGuilds {
    private final Map<String, Set<String>> usedIn = new ConcurrentHashMap<>();
    private final Map<String, String> chosen = new ConcurrentHashMap<>();
    private final Map<String, String> waiting = new ConcurrentHashMap<>();

    void used(String user, String guild) {
        usedIn.computeIfAbsent(user, key -> java.util.Collections.synchronizedSet(new LinkedHashSet<>())).add(guild);
    }

    void choose(String user, String guild) {
        used(user, guild);
        chosen.put(user, guild);
    }

    /** The server for this member's direct messages, if it is clear. */
    Optional<String> home(String user) {
        String choice = chosen.get(user);
        if (choice != null) {
            return Optional.of(choice);
        }
        Set<String> guilds = candidates(user);
        return guilds.size() == 1 ? Optional.of(guilds.iterator().next()) : Optional.empty();
    }

    Set<String> candidates(String user) {
        Set<String> guilds = usedIn.get(user);
        if (guilds == null) {
            return Set.of();
        }
        synchronized (guilds) {
            return Set.copyOf(guilds);
        }
    }

    /** Keeps the message a member sent before choosing, to handle it once they have. */
    void hold(String user, String text) {
        waiting.put(user, text);
    }

    Optional<String> takeHeld(String user) {
        return Optional.ofNullable(waiting.remove(user));
    }
}
