package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.FormReadings;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.LogReferral;
import com.referralcoach.core.language.MoveLead;
import com.referralcoach.core.language.SetTimeZone;
import com.referralcoach.core.language.ShowPipeline;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CommandTranslatorTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneId.of("UTC"));
    private final FormReadings forms = new FormReadings();

    @Test
    void aMeetingsOptionsAreItsFieldsAsTyped() {
        LogMeeting meeting = (LogMeeting) read("meeting", Map.of("person", "Ann about Lo", "company", "Acme at Globex",
                "ends", "3:30pm", "topic", "re: pricing - ask Jane"));
        assertThat(meeting.person().name().display()).isEqualTo("Ann about Lo");
        assertThat(meeting.person().company()).contains("Acme at Globex");
        assertThat(meeting.topic()).contains("re: pricing - ask Jane");
        assertThat(meeting.endsAt()).isEqualTo(NOW.withHour(15).withMinute(30).toInstant());
    }

    @Test
    void aReferralNeedsWhoAndWhom() {
        assertThat(read("referral", Map.of("from", "Jane Doe", "lead", "Tom Lee", "company", "Globex",
                "contact", "tom@globex.com"))).isInstanceOf(LogReferral.class);
        assertThat(CommandTranslator.translate("referral", options(Map.of("lead", "Tom Lee")))).isEmpty();
    }

    @Test
    void everyOfferedStageMovesALead() {
        SlashCommands.STAGES.forEach(stage -> assertThat(read("lead", Map.of("name", "Tom Lee", "stage", stage)))
                .as(stage).isInstanceOf(MoveLead.class));
    }

    @Test
    void theRestAreTypedAndCoachIsLeftToTheChat() {
        assertThat(read("pipeline", Map.of())).isEqualTo(new ShowPipeline());
        assertThat(read("tz", Map.of("zone", "Europe/Paris"))).isEqualTo(new SetTimeZone(ZoneId.of("Europe/Paris")));
        assertThat(CommandTranslator.translate("coach", options(Map.of("text", "asked Jane Doe")))).isEmpty();
        assertThat(CommandTranslator.translate("unknown", options(Map.of()))).isEmpty();
    }

    private Command read(String command, Map<String, String> values) {
        return CommandTranslator.translate(command, options(values)).orElseThrow().read(forms, NOW);
    }

    private static Function<String, Optional<String>> options(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
