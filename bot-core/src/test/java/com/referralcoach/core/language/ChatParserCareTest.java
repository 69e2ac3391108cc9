package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.LeadStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserCareTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            updated Jane Doe                              | Jane Doe
            updated Jane                                  | Jane
            Updated jane doe.                             | Jane Doe
            I updated Jane Doe                            | Jane Doe
            updated Jane Doe - told her Tom signed        | Jane Doe
            updated Jane Doe on Tom Lee's deal            | Jane Doe
            updated Jane Doe (Acme)                       | Jane Doe
            sent Jane Doe an update                       | Jane Doe
            gave Jane Doe an update                       | Jane Doe
            gave Jane Doe a quick update on Tom Lee       | Jane Doe
            sent Jane Doe a status update                 | Jane Doe
            emailed Jane Doe an update                    | Jane Doe
            sent an update to Jane Doe                    | Jane Doe
            sent a quick update to Jane Doe               | Jane Doe
            update sent to Jane Doe                       | Jane Doe
            """)
    void recordsAReferrerUpdate(String text, String referrer) {
        RecordReferrerUpdate update = (RecordReferrerUpdate) parse(text);

        assertThat(update.referrer().name().display()).isEqualTo(referrer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            thanked Jane Doe                              | Jane Doe
            Thanked Jane                                  | Jane
            thanked Jane Doe - sent a gift card           | Jane Doe
            thanked Jane Doe: called her                  | Jane Doe
            thanked Jane Doe for the intro                | Jane Doe
            thanked Jane Doe - she referred Tom Lee       | Jane Doe
            sent Jane Doe a thank you                     | Jane Doe
            sent Jane Doe a thank-you note                | Jane Doe
            sent Jane Doe a thank you card - for Tom Lee  | Jane Doe
            sent Jane Doe thanks                          | Jane Doe
            sent a thank you to Jane Doe                  | Jane Doe
            sent a thank you note to Jane Doe             | Jane Doe
            thank you sent to Jane Doe                    | Jane Doe
            thank-you card sent to Jane Doe               | Jane Doe
            thanks sent to Jane Doe                       | Jane Doe
            said thanks to Jane Doe                       | Jane Doe
            """)
    void recordsAThankYou(String text, String referrer) {
        RecordThanks thanks = (RecordThanks) parse(text);

        assertThat(thanks.referrer().name().display()).isEqualTo(referrer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            updated 😀                     | updated Jane Doe
            sent an update to              | updated Jane Doe
            update sent to ---             | updated Jane Doe
            thanked - for the gift         | thanked Jane Doe - sent a gift card
            thank you sent to ***          | thanked Jane Doe - sent a gift card
            sent a thank you to            | thanked Jane Doe - sent a gift card
            """)
    void aMissingOrNamelessReferrerIsInvalid(String text, String example) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.example()).isEqualTo(example);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            updated  | updated  | updated Jane Doe
            thanked  | thanked  | thanked Jane Doe - sent a gift card
            updaetd Jane Doe | updated | updated Jane Doe
            thnaked Jane | thanked | thanked Jane Doe - sent a gift card
            """)
    void aBareOrMisspelledCareWordSuggestsTheCommand(String text, String closest, String example) {
        assertThat(parse(text)).isEqualTo(new Unknown(closest, example));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sent proposal to Tom Lee", "sent the quote to Tom Lee", "Tom Lee proposal sent"})
    void sendingAProposalIsStillALeadStage(String text) {
        assertThat(((MoveLead) parse(text)).stage()).isEqualTo(LeadStage.PROPOSAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meeting with Jane Doe about the update ends 3pm", "met Jane Doe to give an update",
        "call with Jane Doe about thanks ends in 30 min"})
    void meetingsAboutUpdatesAreStillMeetings(String text) {
        assertThat(parse(text)).isInstanceOf(LogMeeting.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks", "thank you", "thanks!", "update", "updated the proposal for Tom Lee",
        "thanked the team", "updated my notes", "sent the update"})
    void thanksAloneOrThingsUpdatedAreNotCare(String text) {
        assertThat(parse(text)).isNotInstanceOfAny(RecordReferrerUpdate.class, RecordThanks.class);
    }
}
