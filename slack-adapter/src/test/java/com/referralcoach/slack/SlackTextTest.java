package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.LogMeeting;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SlackTextTest {
    @Test
    void slackMarkupBecomesWhatTheRepTyped() {
        assertThat(SlackText.plain("my manager is <@U0DANA> &amp; see <https://acme.com|Acme>"))
                .isEqualTo("my manager is @U0DANA & see Acme");
        assertThat(SlackText.plain("met &lt;!channel&gt; at <!here>")).isEqualTo("met <!channel> at <!here>");
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

    @Test
    void theComposersFormattingIsNotReadAsPartOfWhatWasSaid() {
        assertThat(SlackText.plain("met *Jane Doe* at _Acme_ about ~the~ rollout")).isEqualTo(
                "met Jane Doe at Acme about the rollout");
        assertThat(SlackText.plain("`pipeline`")).isEqualTo("pipeline");
        assertThat(SlackText.plain("```pipeline```")).isEqualTo("pipeline");
        assertThat(SlackText.plain("*_Tom Lee_* won 12k")).isEqualTo("Tom Lee won 12k");
    }

    @Test
    void marksInsideWordsAndLoneMarksStay() {
        assertThat(SlackText.plain("tom_lee@globex.com :white_check_mark: 5*3 and 2*4 *"))
                .isEqualTo("tom_lee@globex.com :white_check_mark: 5*3 and 2*4 *");
        assertThat(SlackText.plain("import my_contacts_2026.csv")).isEqualTo("import my_contacts_2026.csv");
        assertThat(SlackText.plain("see <https://acme.com/a_b_c|the *deck*>")).isEqualTo("see the *deck*");
    }

    @Test
    void mentionsOfManyPeopleAtOnceReachTheEngineAsTokensAndLeaveNoWords() {
        String typed = "met Jane Doe at Acme about <!channel> <!subteam^S0SALES|@sales> pricing <!here>";
        String said = SlackText.plain(typed);
        assertThat(said).isEqualTo(typed);
        assertThat(new ChatParser().parse(said, ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("UTC"))))
                .isInstanceOfSatisfying(LogMeeting.class, meeting -> assertThat(meeting.topic()).contains("pricing"));
        assertThat(SlackText.plain("asked <!everyone|everyone> at Acme"))
                .isEqualTo("asked <!everyone|everyone> at Acme");
        assertThat(SlackText.plain("call back <!date^1392734382^{date}|Feb 18>")).isEqualTo("call back Feb 18");
    }
}
