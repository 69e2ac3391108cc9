package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import java.util.Map;
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
    void theBotsOwnMentionIsDropped() {
        assertThat(SlackText.plain(SlackText.withoutMention("<@UBOT> pipeline", "UBOT"))).isEqualTo("pipeline");
    }

    @Test
    void formsBecomeOneChatLine() {
        assertThat(ModalMessages.from(CoachModals.MEETING, state(Map.of("person", "Jane Doe", "company", "Acme",
                "topic", "renewal")))).contains("met Jane Doe at Acme about renewal");
        ViewState withEnd = state(Map.of("person", "Jane  Doe", "company", "Acme"));
        ViewState.Value end = new ViewState.Value();
        end.setSelectedTime("15:30");
        withEnd.getValues().put("end", Map.of(CoachModals.VALUE, end));
        assertThat(ModalMessages.from(CoachModals.MEETING, withEnd)).contains("meeting with Jane Doe (Acme) ends 15:30");
        assertThat(ModalMessages.from(CoachModals.REFERRAL, state(Map.of("referrer", "Jane Doe", "lead", "Tom Lee",
                "company", "Globex", "email", "tom@globex.com", "phone", "+1 555 0100", "need", "needs CRM help"))))
                .contains("referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help");
    }

    private static ViewState state(Map<String, String> values) {
        ViewState state = new ViewState();
        state.setValues(new java.util.HashMap<>());
        values.forEach((block, text) -> {
            ViewState.Value value = new ViewState.Value();
            value.setValue(text);
            state.getValues().put(block, Map.of(CoachModals.VALUE, value));
        });
        return state;
    }
}
