package com.referralcoach.discord;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.IncomingMessage;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;

/**
 * Who is talking to the bot, as the engine hears it: a member of a server (the workspace), the name they go by, and
 * whether they are an admin of that server, which on Discord means Manage Server (owners and Administrators have it).
 */
record Speaker(String guild, User user, String name, boolean admin) {

    /** Someone in a server, with the member JDA built from the interaction or message (null if there was none). */
    static Speaker inServer(String guild, User user, String name, Member member) {
        return new Speaker(guild, user, name, member != null && member.hasPermission(Permission.MANAGE_SERVER));
    }

    /**
     * Someone in direct messages, speaking for {@code guild} (their home server): there is no member with a DM, so
     * an admin only if JDA has them cached as a member of that server with Manage Server.
     */
    static Speaker inDirectMessages(String guild, User user) {
        return new Speaker(guild, user, user.getEffectiveName(), cachedMember(guild, user)
                .filter(member -> member.hasPermission(Permission.MANAGE_SERVER)).isPresent());
    }

    IncomingMessage saying(String text) {
        return new IncomingMessage(new WorkspaceId(guild), new RepId(user.getId()), name, text, Optional.empty(),
                admin);
    }

    private static Optional<Member> cachedMember(String guild, User user) {
        try {
            Guild server = user.getJDA().getGuildById(guild);
            return server == null ? Optional.empty() : Optional.ofNullable(server.getMember(user));
        } catch (IllegalArgumentException e) { // not a snowflake
            return Optional.empty();
        }
    }
}
