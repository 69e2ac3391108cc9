package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.discord.DiscordShards;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A wrong setting stops the start with one line that names it and says what is wrong, never a secret's value. */
class SettingsCheckTest {
    private static void refused(Map<String, String> env, String line) {
        assertThatThrownBy(() -> Settings.load(env).check()).isInstanceOf(ReferralCoachException.class)
                .hasMessage(line);
    }

    @Test
    void eachWrongSettingIsNamedWithWhatIsWrong() {
        refused(Map.of("MONGODB_URI", "mongo://admin:s3cret@db:27017"), "MONGODB_URI is not a MongoDB connection"
                + " string (it should look like mongodb://host:27017 or mongodb+srv://cluster.example.net)");
        refused(Map.of("REFERRAL_COACH_TZ", "Mars/Olympus"),
                "REFERRAL_COACH_TZ=Mars/Olympus is not a time zone; use an IANA id such as Europe/Berlin");
        refused(Map.of("SLACK_BOT_TOKEN", "xapp-1-A1-secret"), "SLACK_BOT_TOKEN holds an app-level token (xapp-…);"
                + " it wants the bot token (xoxb-…) from OAuth & Permissions");
        refused(Map.of("SLACK_BOT_TOKEN", "xoxb-1-ok", "SLACK_APP_TOKEN", "xoxb-2-secret"), "SLACK_APP_TOKEN holds a"
                + " bot token (xoxb-…); it wants an app-level token (xapp-…) from Basic Information");
        refused(Map.of("DISCORD_BOT_TOKEN", "xoxb-3-secret"), "DISCORD_BOT_TOKEN holds a Slack token; it wants the"
                + " bot token from the Discord developer portal");
        refused(Map.of("REFERRAL_COACH_ADMIN_PORT", "http"), "REFERRAL_COACH_ADMIN_PORT=http must be a port number,"
                + " 0 to 65535");
        refused(Map.of("REFERRAL_COACH_LOG_FORMAT", "xml"), "REFERRAL_COACH_LOG_FORMAT=xml must be json or text");
        refused(Map.of("REFERRAL_COACH_DIGEST_SYNC_SECONDS", "0"), "REFERRAL_COACH_DIGEST_SYNC_SECONDS=0 must be 1"
                + " to 3600 seconds");
    }

    @Test
    void discordShardsAreARangeOneShardOrAListOfATotal() {
        assertThat(Settings.load(Map.of("DISCORD_SHARDS", "0-3/8")).discordShards())
                .contains(new DiscordShards(List.of(0, 1, 2, 3), 8));
        assertThat(Settings.load(Map.of("DISCORD_SHARDS", "2/8")).discordShards())
                .contains(new DiscordShards(List.of(2), 8));
        assertThat(Settings.load(Map.of("DISCORD_SHARDS", "0,2,4/8")).discordShards())
                .contains(new DiscordShards(List.of(0, 2, 4), 8));
        assertThat(Settings.load(Map.of()).discordShards()).as("Discord's recommended count, all here").isEmpty();
    }

    @Test
    void aMalformedDiscordShardsOrOneOutsideTheTotalIsNamedWithWhatIsWrong() {
        refused(Map.of("DISCORD_SHARDS", "0-3"), "DISCORD_SHARDS=0-3 must name this process's shards and the total,"
                + " such as 0-3/8, 2/8 or 0,2,4/8");
        refused(Map.of("DISCORD_SHARDS", "shards 0 to 3"), "DISCORD_SHARDS=shards 0 to 3 must name this process's"
                + " shards and the total, such as 0-3/8, 2/8 or 0,2,4/8");
        refused(Map.of("DISCORD_SHARDS", "8/8"), "DISCORD_SHARDS=8/8 must name shard ids from 0 to 7, below the"
                + " total of 8");
        refused(Map.of("DISCORD_SHARDS", "4-9/8"), "DISCORD_SHARDS=4-9/8 must name shard ids from 0 to 7, below the"
                + " total of 8");
        refused(Map.of("DISCORD_SHARDS", "3-1/8"), "DISCORD_SHARDS=3-1/8 has the range 3-1, which ends before it"
                + " starts");
        refused(Map.of("DISCORD_SHARDS", "0/0"), "DISCORD_SHARDS=0/0 must have a total of at least 1 shard");
    }

    @Test
    void installsThroughOAuthAreCheckedInOneLine() {
        Map<String, String> http = Map.of("SLACK_SIGNING_SECRET", "s3cret-signing", "SLACK_HTTP_PORT", "3000");
        refused(with(http, "SLACK_CLIENT_ID", "1111.2222"), "SLACK_CLIENT_ID needs SLACK_CLIENT_SECRET (Basic"
                + " Information, App Credentials) for installs through OAuth");
        refused(with(http, "SLACK_CLIENT_SECRET", "s3cret-client"), "SLACK_CLIENT_SECRET needs SLACK_CLIENT_ID"
                + " (Basic Information, App Credentials) for installs through OAuth");
        refused(Map.of("SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET", "s3cret-client"), "installs through"
                + " OAuth (SLACK_CLIENT_ID) need HTTP mode: set SLACK_SIGNING_SECRET and SLACK_HTTP_PORT");
        refused(with(with(http, "SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET", "s3cret-client"),
                "SLACK_BOT_TOKEN", "xoxb-1"), "SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: keep SLACK_BOT_TOKEN"
                + " for one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for many, not both");
        refused(with(with(http, "SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET", "s3cret-client"),
                "SLACK_REDIRECT_URL", "coach.example.com/install"), "SLACK_REDIRECT_URL=coach.example.com/install"
                + " must be a full URL ending in /slack/oauth_redirect");
        refused(with(with(http, "SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET", "s3cret-client"),
                "SLACK_REDIRECT_URL", "mailto:coach"), "SLACK_REDIRECT_URL=mailto:coach must be a full URL ending in"
                + " /slack/oauth_redirect");
        assertThatCode(() -> Settings.load(with(with(http, "SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET",
                "s3cret-client"), "SLACK_REDIRECT_URL", "https://coach.example.com/slack/oauth_redirect")).check())
                .doesNotThrowAnyException();
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i + 1 < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    @Test
    void goodSettingsPass() {
        assertThatCode(() -> Settings.load(Map.of("MONGODB_URI", "mongodb://db.example:27017",
                "REFERRAL_COACH_TZ", "Europe/Berlin", "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "REFERRAL_COACH_ADMIN_PORT", "9090", "REFERRAL_COACH_LOG_FORMAT", "json",
                "DISCORD_SHARDS", "0-3/8")).check())
                .doesNotThrowAnyException();
    }
}
