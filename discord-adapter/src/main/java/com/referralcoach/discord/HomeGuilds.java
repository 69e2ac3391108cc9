package com.referralcoach.discord;

import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.MemberHome;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MemberHomes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server a member's direct messages belong to: the one server where they used the bot, or the one they
 * chose when there were several. Stored (see {@link MemberHomes}), so a restart asks nobody again, and mirrored in
 * memory: a command adds its server in memory at once and writes it to the store only the first time, on
 * {@code writes} (given the member and the work: the member's lane), off JDA's event thread; a member's stored home
 * is read once, at their first direct message.
 */
final class HomeGuilds {
    private static final Logger log = LoggerFactory.getLogger(HomeGuilds.class);

    private final MemberHomes store;
    private final BiConsumer<String, Runnable> writes;
    private final Map<String, Set<String>> usedIn = new ConcurrentHashMap<>();
    private final Map<String, String> chosen = new ConcurrentHashMap<>();
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    HomeGuilds(MemberHomes store, BiConsumer<String, Runnable> writes) {
        this.store = store;
        this.writes = writes;
    }

    void used(String user, String guild) {
        if (guilds(user).add(guild)) {
            writes.accept(user, () -> {
                try {
                    store.used(DiscordBot.PLATFORM, user, new WorkspaceId(guild));
                } catch (RuntimeException e) {
                    log.warn("Could not store that {} uses the bot in {}; known until the bot restarts: {}", user,
                            guild, e.getMessage());
                }
            });
        }
    }

    /** Remembers the choice, durably unless the store fails (then until the bot restarts, and says so). */
    boolean choose(String user, String guild) {
        guilds(user).add(guild);
        chosen.put(user, guild);
        try {
            store.choose(DiscordBot.PLATFORM, user, new WorkspaceId(guild));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not store the server {} chose for direct messages: {}", user, e.getMessage());
            return false;
        }
    }

    /** The server for this member's direct messages, if it is clear. */
    Optional<String> home(String user) {
        load(user);
        String choice = chosen.get(user);
        if (choice != null) {
            return Optional.of(choice);
        }
        Set<String> guilds = candidates(user);
        return guilds.size() == 1 ? Optional.of(guilds.iterator().next()) : Optional.empty();
    }

    Set<String> candidates(String user) {
        load(user);
        Set<String> guilds = guilds(user);
        synchronized (guilds) {
            return Set.copyOf(guilds);
        }
    }

    /** Holds a message written before choosing; false when too many wait already (or the store failed). */
    boolean hold(String user, HeldMessage message) {
        try {
            return store.hold(DiscordBot.PLATFORM, user, message);
        } catch (RuntimeException e) {
            log.warn("Could not hold a direct message of {} until they choose a server: {}", user, e.getMessage());
            return false;
        }
    }

    /** The messages held for this member, oldest first. */
    List<HeldMessage> held(String user) {
        return store.held(DiscordBot.PLATFORM, user);
    }

    /** Forgets held messages once they are kept in the inbox. */
    void release(String user, List<String> messageIds) {
        store.release(DiscordBot.PLATFORM, user, messageIds);
    }

    private Set<String> guilds(String user) {
        return usedIn.computeIfAbsent(user, key -> java.util.Collections.synchronizedSet(new LinkedHashSet<>()));
    }

    /** Adds what the store knows of this member, once per run (again after a failed read). */
    private void load(String user) {
        if (loaded.contains(user)) {
            return;
        }
        MemberHome home;
        try {
            home = store.of(DiscordBot.PLATFORM, user);
        } catch (RuntimeException e) {
            log.warn("Could not read where {} uses the bot; going by this run's commands: {}", user, e.getMessage());
            return;
        }
        home.usedIn().forEach(workspace -> guilds(user).add(workspace.value()));
        home.chosen().ifPresent(workspace -> chosen.putIfAbsent(user, workspace.value()));
        loaded.add(user);
    }
}
