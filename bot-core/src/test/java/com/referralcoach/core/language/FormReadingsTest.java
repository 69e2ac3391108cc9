package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.NOW;
import static com.referralcoach.core.language.ParserFixture.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.LeadStage;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormReadingsTest {
    private final FormReadings forms = new FormReadings();

    @Test
    void aMeetingsFieldsAreTakenAsTypedAndOnlyTheEndIsRead() {
        Command read = forms.meeting("Ann about Lo", Optional.of("Acme at Globex"),
                Optional.of("re: pricing - ask Jane"), Optional.of("3:30pm"), NOW);

        assertThat(read).isEqualTo(new LogMeeting(PersonRef.of("Ann about Lo", "Acme at Globex"),
                Optional.of("re: pricing - ask Jane"), Optional.empty(), berlin("2026-11-23T15:30")));
    }

    @Test
    void aTypedEndIsReadAsTheChatReadsIt() {
        assertThat(end(forms.meeting("Jane Doe", Optional.empty(), Optional.empty(), Optional.of("in 45 min"), NOW)))
                .isEqualTo(NOW.plusMinutes(45).toInstant());
        LogMeeting tomorrow = (LogMeeting) forms.meeting("Jane Doe", Optional.empty(), Optional.empty(),
                Optional.of("tomorrow 2-3pm"), NOW);
        assertThat(tomorrow.startsAt()).contains(berlin("2026-11-24T14:00"));
        assertThat(tomorrow.endsAt()).isEqualTo(berlin("2026-11-24T15:00"));
        assertThat(end(forms.meeting("Jane Doe", Optional.empty(), Optional.empty(), Optional.of("  "), NOW)))
                .as("no end: it is over").isEqualTo(NOW.toInstant());
    }

    @Test
    void anUnreadableEndIsInvalidNeverAnException() {
        Command soonish = forms.meeting("Jane Doe", Optional.empty(), Optional.empty(), Optional.of("soonish"), NOW);
        assertThat(soonish).isInstanceOf(Invalid.class);
        assertThat(((Invalid) soonish).reason()).contains("soonish").contains("ends");

        assertThat(forms.meeting("Jane Doe", Optional.empty(), Optional.empty(), Optional.of("3pm with Tom"), NOW))
                .isInstanceOf(Invalid.class);
        assertThat(forms.meeting("Jane Doe", Optional.empty(), Optional.empty(), Optional.of("25:00"), NOW))
                .isEqualTo(new Invalid("There is no 25:00.", MeetingTimeReader.EXAMPLE));
        assertThat(forms.meeting("", Optional.empty(), Optional.empty(), Optional.of("3pm"), NOW))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void aPickedTimeIsATwentyFourHourClock() {
        assertThat(end(forms.meetingEndingAt("Jane Doe", Optional.empty(), Optional.empty(),
                Optional.of(LocalTime.of(3, 0)), NOW))).isEqualTo(berlin("2026-11-23T03:00"));
        assertThat(end(forms.meetingEndingAt("Jane Doe", Optional.empty(), Optional.empty(),
                Optional.of(LocalTime.of(0, 30)), NOW))).isEqualTo(berlin("2026-11-23T00:30"));
        assertThat(end(forms.meetingEndingAt("Jane Doe", Optional.empty(), Optional.empty(),
                Optional.of(LocalTime.of(12, 15)), NOW))).isEqualTo(berlin("2026-11-23T12:15"));
        assertThat(end(forms.meetingEndingAt("Jane Doe", Optional.empty(), Optional.empty(),
                Optional.of(LocalTime.of(17, 45)), NOW))).isEqualTo(berlin("2026-11-23T17:45"));
    }

    @Test
    void aReferralKeepsNamesAndNeedLiterallyAndReadsTheContactFields() {
        Command read = forms.referral("Ann about Lo", "Tom at Globex: CTO", Optional.of("Acme at Globex"),
                List.of("tom@globex.com", "+1 555 0100"), Optional.of("needs CRM help - soon"));

        assertThat(read).isEqualTo(new LogReferral(PersonRef.of("Ann about Lo"),
                PersonRef.of("Tom at Globex: CTO", "Acme at Globex"),
                new LeadDetails(Optional.of("tom@globex.com"), Optional.of("+1 555 0100"),
                        Optional.of("needs CRM help - soon"))));
        assertThat(forms.referral("Jane Doe", "Tom Lee", Optional.empty(), List.of("call him"), Optional.empty()))
                .isInstanceOf(Invalid.class);
        assertThat(forms.referral("Jane Doe", " ", Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void aLeadStageIsOneOfTheStagesAndAWonAmountIsRead() {
        MoveLead won = (MoveLead) forms.leadStage("Tom won Lee", "won", Optional.of("$12k"));
        assertThat(won.lead()).isEqualTo(PersonRef.of("Tom won Lee"));
        assertThat(won.stage()).isEqualTo(LeadStage.WON);
        assertThat(won.amount().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(forms.leadStage("Tom Lee", "proposal sent", Optional.of("$12k")))
                .isEqualTo(new MoveLead(PersonRef.of("Tom Lee"), LeadStage.PROPOSAL, Optional.empty(),
                        Optional.empty()));
        assertThat(forms.leadStage("Tom Lee", "won", Optional.of("lots"))).isInstanceOf(Invalid.class);
        assertThat(forms.leadStage("Tom Lee", "new", Optional.empty())).isInstanceOf(Invalid.class);
    }

    @Test
    void aTimeZoneIsFoundOrExplained() {
        assertThat(forms.timeZone(" berlin ")).isEqualTo(new SetTimeZone(ZoneId.of("Europe/Berlin")));
        assertThat(forms.timeZone("Europe/Berlni")).isInstanceOf(Invalid.class);
    }

    private static java.time.Instant end(Command meeting) {
        return ((LogMeeting) meeting).endsAt();
    }
}
