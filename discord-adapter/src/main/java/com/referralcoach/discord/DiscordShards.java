package com.referralcoach.discord;

import com.referralcoach.core.ReferralCoachException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway shards one process runs out of the bot's {@code total}: written {@code 0-3/8} (shards 0 to 3 of 8),
 * {@code 2/8} (one shard) or {@code 0,2,4/8}. Discord sends a server's events to shard
 * {@code (server id >> 22) % total} only, and events without a server, direct messages among them, to shard 0 only.
 */
public record DiscordShards(List<Integer> ids, int total) {
    private static final String IDS = "\\d{1,5}(?:-\\d{1,5})?";
    private static final Pattern WRITTEN = Pattern.compile("(" + IDS + "(?:," + IDS + ")*)/(\\d{1,5})");

    public DiscordShards {
        if (total < 1) {
            throw new ReferralCoachException("must have a total of at least 1 shard");
        }
        TreeSet<Integer> sorted = new TreeSet<>(ids);
        if (sorted.isEmpty()) {
            throw new ReferralCoachException("must name at least one shard");
        }
        if (sorted.first() < 0 || sorted.last() >= total) {
            throw new ReferralCoachException("must name shard ids from 0 to " + (total - 1) + ", below the total of "
                    + total);
        }
        ids = List.copyOf(sorted);
    }

    /**
     * Reads {@code 0-3/8}, {@code 2/8} or {@code 0,2,4/8}; a malformed value or an id outside 0 to total-1 is refused
     * with what is wrong, worded to follow the setting's name and value.
     */
    public static DiscordShards parse(String written) {
        Matcher parts = WRITTEN.matcher(written.strip());
        if (!parts.matches()) {
            throw new ReferralCoachException("must name this process's shards and the total, such as 0-3/8, 2/8 or"
                    + " 0,2,4/8");
        }
        List<Integer> ids = new ArrayList<>();
        for (String part : parts.group(1).split(",")) {
            String[] range = part.split("-");
            int first = Integer.parseInt(range[0]);
            int last = Integer.parseInt(range[range.length - 1]);
            if (last < first) {
                throw new ReferralCoachException("has the range " + part + ", which ends before it starts");
            }
            for (int id = first; id <= last; id++) {
                ids.add(id);
            }
        }
        return new DiscordShards(ids, Integer.parseInt(parts.group(2)));
    }

    /** The shard that receives the events of server {@code guildId}. */
    public static int shardOf(long guildId, int total) {
        return (int) ((guildId >>> 22) % total);
    }

    /** True when this process runs shard {@code id}. */
    public boolean runs(int id) {
        return ids.contains(id);
    }

    /** True when this process runs every shard: it sees every server the bot is in. */
    public boolean all() {
        return ids.size() == total;
    }

    @Override
    public String toString() {
        return ids + "/" + total;
    }
}
