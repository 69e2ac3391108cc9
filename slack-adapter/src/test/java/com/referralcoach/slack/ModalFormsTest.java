package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.FormReadings;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.LogReferral;
import com.slack.api.model.view.ViewState;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModalFormsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneId.of("UTC"));
    private final FormReadings readings = new FormReadings();

    @Test
    void theMeetingFormsPickedEndIsATwentyFourHourClock() {
        ViewState state = state(Map.of("person", "Jane Doe", "company", "Acme"));
        ViewState.Value end = new ViewState.Value();
        end.setSelectedTime("03:00");
        state.getValues().put("end", Map.of(CoachModals.VALUE, end));

        LogMeeting meeting = (LogMeeting) ModalForms.typed(CoachModals.MEETING, state).orElseThrow().read(readings, NOW);
        assertThat(meeting.endsAt()).isEqualTo(NOW.withHour(3).toInstant());
        assertThat(meeting.person().company()).contains("Acme");
    }

    @Test
    void theReferralFormsEmailAndPhoneAreTheLeadsDetails() {
        LogReferral referral = (LogReferral) ModalForms.typed(CoachModals.REFERRAL, state(Map.of("referrer", "Jane Doe",
                "lead", "Tom Lee", "email", "tom@globex.com", "phone", "+1 555 0100"))).orElseThrow().read(readings, NOW);
        assertThat(referral.details().email()).contains("tom@globex.com");
        assertThat(referral.details().phone()).contains("+1 555 0100");
    }

    @Test
    void onlyAFinishedTemplateIsChatText() {
        assertThat(ModalForms.typed(CoachModals.COMPLETE, state(Map.of("message", "Jane Doe referred Tom Lee")))).isEmpty();
        assertThat(ModalForms.line(CoachModals.COMPLETE, state(Map.of("message", "Jane Doe referred Tom Lee"))))
                .contains("Jane Doe referred Tom Lee");
        assertThat(ModalForms.line(CoachModals.MEETING, state(Map.of("person", "Jane Doe")))).isEmpty();
    }

    private static ViewState state(Map<String, String> values) {
        ViewState state = new ViewState();
        state.setValues(new HashMap<>());
        values.forEach((block, text) -> {
            ViewState.Value value = new ViewState.Value();
            value.setValue(text);
            state.getValues().put(block, Map.of(CoachModals.VALUE, value));
        });
        return state;
    }
}
