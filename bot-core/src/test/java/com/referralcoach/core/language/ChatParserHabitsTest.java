package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Endorsement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserHabitsTest {

    @Test
    void problemsFixesWinsAndRushes() {
        assertThat(parse("problem Acme: invoice sent twice"))
                .isEqualTo(new OpenProblem(PersonRef.of("Acme"), Optional.of("invoice sent twice")));
        assertThat(parse("Problem with Jane Doe - late delivery"))
                .isEqualTo(new OpenProblem(PersonRef.of("Jane Doe"), Optional.of("late delivery")));
        assertThat(parse("fixed Acme")).isEqualTo(new FixProblem(PersonRef.of("Acme")));
        assertThat(parse("fixed the problem with Acme.")).isEqualTo(new FixProblem(PersonRef.of("Acme")));
        assertThat(parse("win Acme: cut their onboarding time in half"))
                .isEqualTo(new RecordWin(PersonRef.of("Acme"), Optional.of("cut their onboarding time in half")));
        assertThat(parse("Jane Doe was in a rush")).isEqualTo(new InARush(PersonRef.of("Jane Doe")));
        assertThat(parse("jane doe was in a hurry today")).isEqualTo(new InARush(PersonRef.of("Jane Doe")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            csat Jane Doe 9            | 9
            CSAT Jane Doe 10/10        | 10
            satisfaction Jane Doe 0    | 0
            Jane Doe csat 6            | 6
            Jane Doe satisfaction is 8 | 8
            """)
    void satisfactionScores(String text, int score) {
        assertThat(parse(text)).isEqualTo(new RecordSatisfaction(PersonRef.of("Jane Doe"), score));
    }

    @Test
    void aScoreAboveTenIsExplained() {
        assertThat(parse("csat Jane Doe 11")).isInstanceOf(Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"birthday Jane Doe 12 April", "birthday Jane Doe April 12th", "Jane Doe's birthday is 12 Apr",
            "birthday Jane Doe 1985-04-12", "birthday of Jane Doe: 12 April 1985"})
    void birthdays(String text) {
        assertThat(parse(text)).isEqualTo(new SetBirthday(PersonRef.of("Jane Doe"), MonthDay.of(4, 12)));
    }

    @Test
    void leapDayBirthdaysAndImpossibleDays() {
        assertThat(parse("birthday Jane Doe 29 February")).isEqualTo(new SetBirthday(PersonRef.of("Jane Doe"),
                MonthDay.of(2, 29)));
        assertThat(parse("birthday Jane Doe 30 February")).isInstanceOf(Invalid.class);
        assertThat(parse("birthday Jane Doe 29 Feb 2019")).isInstanceOf(Invalid.class);
        assertThat(parse("birthday Jane Doe 12 Smarch")).isInstanceOf(Invalid.class);
    }

    @Test
    void customerSince() {
        assertThat(parse("customer since Acme 2019-06-01"))
                .isEqualTo(new SetCustomerSince(PersonRef.of("Acme"), LocalDate.of(2019, 6, 1)));
        assertThat(parse("Acme has been a customer since 1 June 2019"))
                .isEqualTo(new SetCustomerSince(PersonRef.of("Acme"), LocalDate.of(2019, 6, 1)));
        assertThat(parse("customer since Acme 1 June")).isInstanceOf(Invalid.class);
    }

    @Test
    void stayingInTouch() {
        assertThat(parse("check in with Jane Doe every 30 days"))
                .isEqualTo(new SetCheckInCadence(PersonRef.of("Jane Doe"), 30));
        assertThat(parse("check in with Jane Doe every 2 weeks"))
                .isEqualTo(new SetCheckInCadence(PersonRef.of("Jane Doe"), 14));
        assertThat(parse("check in with Jane Doe every month"))
                .isEqualTo(new SetCheckInCadence(PersonRef.of("Jane Doe"), 30));
        assertThat(parse("check in with Jane Doe every 500 days")).isInstanceOf(Invalid.class);
        assertThat(parse("Jane Doe is a connector")).isEqualTo(new MarkConnector(PersonRef.of("Jane Doe")));
        assertThat(parse("losing touch")).isEqualTo(new ShowLosingTouch());
        assertThat(parse("who am I losing touch with?")).isEqualTo(new ShowLosingTouch());
        assertThat(parse("who to ask")).isEqualTo(new ShowWhoToAsk());
        assertThat(parse("Who should I ask this week?")).isEqualTo(new ShowWhoToAsk());
    }

    @Test
    void endorsementsAndReferralsGiven() {
        assertThat(parse("asked Jane Doe for a testimonial"))
                .isEqualTo(new TrackEndorsement(PersonRef.of("Jane Doe"), Endorsement.TESTIMONIAL, false));
        assertThat(parse("asked Jane Doe for a LinkedIn recommendation"))
                .isEqualTo(new TrackEndorsement(PersonRef.of("Jane Doe"), Endorsement.LINKEDIN_RECOMMENDATION, false));
        assertThat(parse("got testimonial from Jane Doe"))
                .isEqualTo(new TrackEndorsement(PersonRef.of("Jane Doe"), Endorsement.TESTIMONIAL, true));
        assertThat(parse("asked Jane Doe for a referral")).isInstanceOf(RecordAsk.class);
        assertThat(parse("gave Ann Smith a referral: Carl Jones at Initech"))
                .isEqualTo(new GiveReferral(PersonRef.of("Ann Smith"), Optional.of("Carl Jones at Initech")));
        assertThat(parse("gave Jane Doe an update")).isInstanceOf(RecordReferrerUpdate.class);
    }

    @Test
    void endorsementsAndReferralsGivenInOtherWords() {
        TrackEndorsement got = new TrackEndorsement(PersonRef.of("Jane Doe"), Endorsement.TESTIMONIAL, true);
        assertThat(parse("Jane Doe gave me a testimonial")).isEqualTo(got);
        assertThat(parse("Jane Doe wrote a review")).isEqualTo(new TrackEndorsement(PersonRef.of("Jane Doe"),
                Endorsement.REVIEW, true));
        assertThat(parse("testimonial from Jane Doe")).isEqualTo(got);
        assertThat(parse("Jane Doe left me a LinkedIn recommendation")).isEqualTo(
                new TrackEndorsement(PersonRef.of("Jane Doe"), Endorsement.LINKEDIN_RECOMMENDATION, true));

        GiveReferral toAnn = new GiveReferral(PersonRef.of("Ann Smith"), Optional.of("Carl Jones at Initech"));
        assertThat(parse("gave a referral to Ann Smith: Carl Jones at Initech")).isEqualTo(toAnn);
        assertThat(parse("I referred Carl Jones at Initech to Ann Smith")).isEqualTo(toAnn);
        assertThat(parse("I introduced Carl Jones at Initech to Ann Smith")).isEqualTo(toAnn);
        assertThat(parse("sent an intro to Ann Smith")).isEqualTo(new GiveReferral(PersonRef.of("Ann Smith"),
                Optional.empty()));
        assertThat(parse("I introduced myself to Jane Doe at Acme")).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).startsWith("I need the other person's name here, not yours"));
        // Someone else's introduction is still a referral to the rep.
        assertThat(parse("Jane Doe introduced me to Tom Lee")).isInstanceOf(LogReferral.class);
    }

    @Test
    void referralMonthIsTheNextSuchMonth() {
        assertThat(parse("referral month March")).isEqualTo(new StartReferralMonth(YearMonth.of(2027, 3)));
        assertThat(parse("referral month november")).isEqualTo(new StartReferralMonth(YearMonth.of(2026, 11)));
        assertThat(parse("referral month Dec")).isEqualTo(new StartReferralMonth(YearMonth.of(2026, 12)));
        assertThat(parse("referral month")).isEqualTo(new ShowReferralMonth());
        assertThat(parse("team East referral month March"))
                .isEqualTo(new StartReferralMonth(YearMonth.of(2027, 3), Optional.of("East")));
        assertThat(parse("referral month march for the team Sales East"))
                .isEqualTo(new StartReferralMonth(YearMonth.of(2027, 3), Optional.of("Sales East")));
        assertThat(parse("team East referral month")).isEqualTo(new ShowReferralMonth(Optional.of("East")));
        assertThat(parse("referral month for team East")).isEqualTo(new ShowReferralMonth(Optional.of("East")));
        assertThat(parse("team East referral month March for team West")).isInstanceOf(Invalid.class);
        assertThat(parse("referral month Smarch")).isInstanceOf(Invalid.class);
        assertThat(parse("start a referral month in March")).isEqualTo(new StartReferralMonth(YearMonth.of(2027, 3)));
        assertThat(parse("plan our referral month march for team East"))
                .isEqualTo(new StartReferralMonth(YearMonth.of(2027, 3), Optional.of("East")));
        assertThat(parse("start referral month")).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).startsWith("Which month?"));
    }
}
