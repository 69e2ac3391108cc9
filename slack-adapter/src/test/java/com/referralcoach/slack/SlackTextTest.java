package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {
    @Test
    void slackMarkupBecomesWhatTheRepTyped() {
        assertThat(SlackText.plain("my manager is <@U0DANA> &amp; see <https://acme.com|Acme>"))
                .isEqualTo("my manager is @U0DANA & see Acme");
        assertThat(SlackText.plain("met &lt;!channel&gt; at <!here>")).isEqualTo("met <!channel> at @here");
    }

    @Test
    void aChannelMentionKeepsTheChannelsIdForTheChatLanguage() {
        assertThat(SlackText.plain("digest East to <#C0EAST|sales-east> every monday 9:00"))
                .isEqualTo("digest East to <#C0EAST|sales-east> every monday 9:00");
        assertThat(SlackText.plain("digest East to <#C0EAST|> every monday 9:00"))
                .isEqualTo("digest East to <#C0EAST|> every monday 9:00");
    }

    @Test
    void aPastedLinkIsKeptWholeWhateverLabelSlackGaveIt() {
        String link = "https://calendar.google.com/calendar/ical/rep%40acme.com/private-5e3c/basic.ics";
        assertThat(SlackText.plain("calendar <" + link + ">")).isEqualTo("calendar " + link);
        assertThat(SlackText.plain("calendar <" + link + "|" + link.substring(8) + ">")).isEqualTo("calendar " + link);
        assertThat(SlackText.plain("calendar <" + link + "|calendar.google.com/calendar/ical/…>"))
                .isEqualTo("calendar " + link);
        assertThat(SlackText.plain("calendar <webcal://p42-caldav.icloud.com/published/2/x|p42-caldav.icloud.com/"
                + "published/2/x>")).isEqualTo("calendar webcal://p42-caldav.icloud.com/published/2/x");
    }

    @Test
    void theBotsOwnMentionIsDropped() {
        assertThat(SlackText.plain(SlackText.withoutMention("<@UBOT> pipeline", "UBOT"))).isEqualTo("pipeline");
    }
}
