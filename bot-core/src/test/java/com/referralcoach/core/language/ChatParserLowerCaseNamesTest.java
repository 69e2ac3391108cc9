package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatParserLowerCaseNamesTest {

    @Test
    void twoUncommonLowerCaseWordsInAPersonSlotAreANameTitleCased() {
        assertThat(parse("coffee w/ dev shah")).isInstanceOfSatisfying(LogMeeting.class,
                meeting -> assertThat(meeting.person()).isEqualTo(PersonRef.of("Dev Shah")));
        assertThat(parse("met hana sato at vela")).isInstanceOfSatisfying(LogMeeting.class,
                meeting -> assertThat(meeting.person()).isEqualTo(PersonRef.of("Hana Sato", "Vela")));
        assertThat(parse("jane doe referred tom lee")).isInstanceOfSatisfying(LogReferral.class, referral -> {
            assertThat(referral.referrer()).isEqualTo(PersonRef.of("Jane Doe"));
            assertThat(referral.lead()).isEqualTo(PersonRef.of("Tom Lee"));
        });
    }

    @Test
    void aGuessIsSaidBackInPlainWords() {
        assertThat(summary("didnt get to ask mia, ran out of time"))
                .isEqualTo("Mia was in a rush (ask tomorrow morning)");
        assertThat(summary("raj gave us a 10")).isEqualTo("a score of 10 from Raj");
        assertThat(summary("the mtg w/ jose was actually yesterday"))
                .isEqualTo("a change to the meeting with Jose: on Sun Nov 22");
    }

    @Test
    void aGuessNamesThePeopleGuessedSoTheEngineCanTellWhetherItKnowsThem() {
        assertThat(parse("met sarah again")).isInstanceOfSatisfying(Unsure.class, unsure ->
                assertThat(unsure.guessedPeople()).extracting(ref -> ref.name().display()).containsExactly("Sarah"));
    }

    private static String summary(String message) {
        return ((Unsure) parse(message)).summary();
    }

    @Test
    void oneLowerCaseWordIsAGuessConfirmedBeforeSaving() {
        assertThat(parse("met john at vela")).isInstanceOfSatisfying(Unsure.class, unsure -> {
            assertThat(unsure.reading()).isInstanceOf(LogMeeting.class);
            assertThat(unsure.summary()).isEqualTo("meeting with John (Vela)");
        });
    }

    @Test
    void commonWordsAreNeverTakenForANameAndAVerbIsNeverPartOfOne() {
        assertThat(parse("coffee with my cousin")).isInstanceOf(Unknown.class);
        assertThat(parse("walked Anya Petrova through the demo")).isInstanceOfSatisfying(LogMeeting.class,
                meeting -> assertThat(meeting.person().name().display()).isEqualTo("Anya Petrova"));
    }

    @Test
    void newsToldToAReferrerIsAnUpdateNotALeadNamedAfterACompany() {
        assertThat(parse("filled in Ann Lo - the Kite deal closed"))
                .isEqualTo(new RecordReferrerUpdate(PersonRef.of("Ann Lo")));
        assertThat(parse("sent Ann Lo a thank you, told her Bo Park signed")).isInstanceOfSatisfying(Several.class,
                several -> assertThat(several.commands()).containsExactly(new RecordThanks(PersonRef.of("Ann Lo")),
                        new RecordReferrerUpdate(PersonRef.of("Ann Lo"))));
    }

    @Test
    void notUnderstoodPointsAtWhatTheNamesFoundSuggest() {
        assertThat(parse("Ann Lo at Vela")).isEqualTo(new Unknown("a meeting with Ann Lo", "met Ann Lo at Vela about pricing"));
        assertThat(parse("ann lo and bo park")).isEqualTo(new Unknown("a referral from Ann Lo", "Ann Lo referred Bo Park"));
        assertThat(parse("Tom Lee lsot")).isEqualTo(new Unknown("lost", "Tom Lee lost - budget cut"));
        assertThat(parse("asdf")).isInstanceOfSatisfying(Unknown.class,
                unknown -> assertThat(unknown.closest()).doesNotContain(" "));
        assertThat(Optional.of(parse("lunch w/ nina ruiz from brightline!!"))).containsInstanceOf(LogMeeting.class);
    }
}
