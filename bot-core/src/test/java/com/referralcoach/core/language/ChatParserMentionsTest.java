package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserMentionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "@everyone @here <@&1180000000000000001> Jane Doe referred Tom Lee",
            "<@1180000000000000002> Jane Doe referred Tom Lee",
            "<@!1180000000000000002> Jane Doe <#1180000000000000003> referred Tom Lee",
            "<!channel> <!here|here> <!everyone> Jane Doe referred Tom Lee",
            "<!subteam^S0123ABC|@sales> <@U0123ABC|dana> Jane Doe referred Tom Lee"})
    void mentionsAreNeverPartOfAName(String text) {
        assertThat(parse(text)).isInstanceOfSatisfying(LogReferral.class, referral -> {
            assertThat(referral.referrer().name().display()).isEqualTo("Jane Doe");
            assertThat(referral.lead().name().display()).isEqualTo("Tom Lee");
        });
    }

    @Test
    void aNameThatIsOnlyMentionsIsMissing() {
        assertThat(parse("referral from @everyone: <@&1180000000000000001>")).isInstanceOf(Invalid.class);
        assertThat(parse("@here")).isEqualTo(parse(""));
    }

    @Test
    void mentionsThatNameAManagerOrAChannelStay() {
        assertThat(parse("my manager is <@U0123ABC>")).isEqualTo(new SetManager("<@U0123ABC>"));
        assertThat(parse("@everyone my manager is <@!1180000000000000002>"))
                .isEqualTo(new SetManager("<@!1180000000000000002>"));
        assertThat(parse("digest East to <#C0123ABC|sales-east> every monday 9:00"))
                .isInstanceOf(ScheduleDigest.class);
    }

    @Test
    void anAddressIsNoMention() {
        assertThat(Mentions.outOfText("mail tom@here.com or ann@everyone.io")).isEqualTo(
                "mail tom@here.com or ann@everyone.io");
        assertThat(Mentions.outOfName("@everyone  Jane   Doe <@&1>")).isEqualTo("Jane Doe");
    }
}
