package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.LogReferral;
import com.referralcoach.core.language.PersonRef;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormLinesTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private final ChatParser parser = new ChatParser();

    @Test
    void aMeetingFormReadsAsTheChatLineForIt() {
        String line = FormLines.meeting(" Jane  Doe ", Optional.of("Acme"), Optional.of("15:30"), Optional.of("renewal"));

        assertThat(line).isEqualTo("meeting with Jane Doe (Acme) ends 15:30 about renewal");
        assertThat(parser.parse(line, NOW)).isInstanceOfSatisfying(LogMeeting.class, m -> {
            assertThat(m.person()).isEqualTo(PersonRef.of("Jane Doe", "Acme"));
            assertThat(m.topic()).contains("renewal");
        });
    }

    @Test
    void aMeetingWithoutAnEndIsOneThatHappened() {
        assertThat(FormLines.meeting("Jane Doe", Optional.of(" "), Optional.empty(), Optional.empty()))
                .isEqualTo("met Jane Doe");
    }

    @Test
    void aReferralFormKeepsEveryDetailTheParserReads() {
        String line = FormLines.referral("Jane Doe", "Tom Lee", Optional.of("Globex"),
                List.of("tom@globex.com", "", "+1 555 0100"), Optional.of("needs\nCRM help"));

        assertThat(line).isEqualTo("referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help");
        assertThat(parser.parse(line, NOW)).isInstanceOfSatisfying(LogReferral.class, r -> {
            assertThat(r.lead()).isEqualTo(PersonRef.of("Tom Lee", "Globex"));
            assertThat(r.details().email()).contains("tom@globex.com");
            assertThat(r.details().need()).isPresent();
        });
    }
}
