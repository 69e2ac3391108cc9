package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.discord.FakeDiscord.Server;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the engine is told about who speaks, from the members JDA builds of real interaction payloads: an admin is
 * a member with Manage Server (here through a role), in a server; in DMs only a member JDA has cached, which the
 * bot's JDA (no member cache) never has.
 */
@Timeout(60)
class SpeakerTest {
    private final Map<String, SlashCommandInteractionEvent> received = new ConcurrentHashMap<>();
    private FakeDiscord discord;
    private BotShards shards;

    @BeforeEach
    void connect() throws Exception {
        discord = FakeDiscord.start("Acme Sales");
        shards = new BotShards();
        shards.connect(DiscordBot.connection(discord.settings()).addEventListeners(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                received.put(event.getId(), event);
            }
        }), java.util.Optional.empty());
    }

    @AfterEach
    void disconnect() throws Exception {
        shards.close();
        discord.close();
    }

    @Test
    void aMemberWithManageServerSpeaksAsAnAdmin() {
        IncomingMessage message = fromServer(discord.manager("mona"), "make Rita's manager Mona");

        assertThat(message.workspaceAdmin()).isTrue();
        assertThat(message.workspace().value()).isEqualTo(discord.server(0).id());
        assertThat(message.rep().value()).isEqualTo(discord.user("mona"));
    }

    @Test
    void aMemberWithoutItDoesNot() {
        assertThat(fromServer(discord.user("rita"), "make me my own manager").workspaceAdmin()).isFalse();
    }

    @Test
    void inDirectMessagesAnUncachedMemberIsNoAdminEvenWithManageServer() {
        Server acme = discord.server(0);
        SlashCommandInteractionEvent event = slash(acme, discord.manager("mona"));

        assertThat(Speaker.inDirectMessages(acme.id(), event.getUser()).saying("hi").workspaceAdmin()).isFalse();
        assertThat(Speaker.inDirectMessages("", event.getUser()).admin()).isFalse();
    }

    private IncomingMessage fromServer(String user, String text) {
        SlashCommandInteractionEvent event = slash(discord.server(0), user);
        return Speaker.inServer(event.getGuild().getId(), event.getUser(), event.getMember().getEffectiveName(),
                event.getMember()).saying(text);
    }

    private SlashCommandInteractionEvent slash(Server server, String user) {
        String id = discord.slash(server, user, "coach", Map.of("text", "pipeline"));
        return await().atMost(DiscordRig.WAIT).until(() -> received.get(id), event -> event != null);
    }
}
