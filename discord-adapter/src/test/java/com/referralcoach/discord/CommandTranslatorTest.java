package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CommandTranslatorTest {

    private static Function<String, Optional<String>> options(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void aMeetingReadsLikeTheChatLanguageWithOrWithoutItsOptionalParts() {
        assertThat(CommandTranslator.translate("meeting", options(Map.of("person", "Jane Doe", "company", "Acme",
                "ends", "3:30pm", "topic", "the renewal"))))
                .contains("meeting with Jane Doe (Acme) ends 3:30pm about the renewal");
        assertThat(CommandTranslator.translate("meeting", options(Map.of("person", "Jane Doe", "ends", "in 45 min"))))
                .contains("meeting with Jane Doe ends in 45 min");
    }

    @Test
    void aReferralNeedsWhoAndWhomAndKeepsEveryFieldOnOneLine() {
        assertThat(CommandTranslator.translate("referral", options(Map.of("from", "Jane Doe", "lead", "Tom Lee",
                "company", "Globex", "contact", "tom@globex.com"))))
                .contains("referral from Jane Doe: Tom Lee (Globex) tom@globex.com");
        assertThat(CommandTranslator.referral(options(Map.of("from", "Jane\nDoe", "lead", "Tom Lee",
                "note", "needs\n CRM help")))).contains("referral from Jane Doe: Tom Lee - needs CRM help");
        assertThat(CommandTranslator.translate("referral", options(Map.of("lead", "Tom Lee")))).isEmpty();
    }

    @Test
    void aLeadMovesByStageWordsAndOnlyAWinCarriesAnAmount() {
        assertThat(CommandTranslator.translate("lead", options(Map.of("name", "Tom Lee", "stage", "won",
                "amount", "$12k")))).contains("Tom Lee won $12k");
        assertThat(CommandTranslator.translate("lead", options(Map.of("name", "Tom Lee", "stage", "proposal sent",
                "amount", "$12k")))).contains("Tom Lee proposal sent");
    }

    @Test
    void theRestAreOneWordOrTheirTextAsIs() {
        assertThat(CommandTranslator.translate("pipeline", options(Map.of()))).contains("pipeline");
        assertThat(CommandTranslator.translate("tz", options(Map.of("zone", "Europe/Paris")))).contains("tz Europe/Paris");
        assertThat(CommandTranslator.translate("coach", options(Map.of("text", "asked Jane Doe"))))
                .contains("asked Jane Doe");
        assertThat(CommandTranslator.translate("unknown", options(Map.of()))).isEmpty();
    }
}
