package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatParserReferralTest {

    static Stream<Arguments> referrals() {
        return Stream.of(
                arguments("Jane Doe referred Tom Lee at Globex", "Jane Doe", PersonRef.of("Tom Lee", "Globex"),
                        null, null, null),
                arguments("Jane referred Tom Lee (Globex) - needs CRM help", "Jane", PersonRef.of("Tom Lee", "Globex"),
                        null, null, "needs CRM help"),
                arguments("referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help",
                        "Jane Doe", PersonRef.of("Tom Lee", "Globex"), "tom@globex.com", "+1 555 0100",
                        "needs CRM help"),
                arguments("got a referral from Jane Doe: Tom Lee", "Jane Doe", PersonRef.of("Tom Lee"),
                        null, null, null),
                arguments("Got a Referral from Jane Doe - Tom Lee", "Jane Doe", PersonRef.of("Tom Lee"),
                        null, null, null),
                arguments("Jane Doe introduced me to Tom Lee at Globex", "Jane Doe", PersonRef.of("Tom Lee", "Globex"),
                        null, null, null),
                arguments("Jane Doe introduced Tom Lee", "Jane Doe", PersonRef.of("Tom Lee"), null, null, null),
                arguments("Jane Doe referred me to Tom Lee (555) 123-4567 tom.lee@globex.co.uk", "Jane Doe",
                        PersonRef.of("Tom Lee"), "tom.lee@globex.co.uk", "(555) 123-4567", null),
                arguments("Jane Doe referred Tom Lee +49 30.1234.5678 — wants a demo", "Jane Doe",
                        PersonRef.of("Tom Lee"), null, "+49 30.1234.5678", "wants a demo"),
                arguments("yes, Jane introduced me to Tom Lee at Globex", "Jane", PersonRef.of("Tom Lee", "Globex"),
                        null, null, null),
                arguments("OK, Jane Doe referred Tom Lee", "Jane Doe", PersonRef.of("Tom Lee"), null, null, null),
                arguments("Great Lakes referred Nice Smith", "Great Lakes", PersonRef.of("Nice Smith"), null, null,
                        null),
                arguments("got a warm intro to Di Ek at Nox via Ann Lo", "Ann Lo", PersonRef.of("Di Ek", "Nox"),
                        null, null, null),
                arguments("got a warm intro to Di Ek at Nox thru Ann Lo", "Ann Lo", PersonRef.of("Di Ek", "Nox"),
                        null, null, null),
                arguments("got an intro to Fay Ho through Raj Patel", "Raj Patel", PersonRef.of("Fay Ho"),
                        null, null, null),
                arguments("got an intro to Fay Ho by way of Raj Patel", "Raj Patel", PersonRef.of("Fay Ho"),
                        null, null, null),
                arguments("got an intro to Fay Ho from Raj Patel", "Raj Patel", PersonRef.of("Fay Ho"),
                        null, null, null),
                arguments("got an intro to Bo Park from Kite from Ann Lo", "Ann Lo", PersonRef.of("Bo Park", "Kite"),
                        null, null, null),
                arguments("intro to Bo Park via Ann Lo - needs payroll help", "Ann Lo", PersonRef.of("Bo Park"),
                        null, null, "needs payroll help"));
    }

    @ParameterizedTest
    @MethodSource("referrals")
    void readsReferrerLeadAndContactDetails(String text, String referrer, PersonRef lead, String email,
            String phone, String need) {
        LogReferral referral = (LogReferral) parse(text);

        assertThat(referral.referrer().name().display()).isEqualTo(referrer);
        assertThat(referral.lead()).isEqualTo(lead);
        assertThat(referral.details()).isEqualTo(new LeadDetails(
                Optional.ofNullable(email), Optional.ofNullable(phone), Optional.ofNullable(need)));
    }

    @Test
    void aShortNumberIsNotAPhone() {
        LogReferral referral = (LogReferral) parse("Jane Doe referred Tom Lee at Studio 54");

        assertThat(referral.lead()).isEqualTo(PersonRef.of("Tom Lee", "Studio 54"));
        assertThat(referral.details().phone()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"yes she introduced me to Tom Lee at Globex",
            "she referred Tom Lee", "Jane Doe referred someone at Globex", "met him at Acme",
            "My client  referred Tom Lee"})
    void aPronounIsNotTakenForAName(String text) {
        Command command = parse(text);

        assertThat(command).isInstanceOf(Invalid.class);
        assertThat(((Invalid) command).reason()).startsWith("Who is \"").contains("Say their name");
    }

    @Test
    void aReferralWithoutALeadIsInvalid() {
        Command command = parse("got a referral from Jane Doe");

        assertThat(command).isInstanceOf(Invalid.class);
        assertThat(((Invalid) command).example()).startsWith("referral from Jane Doe:");
    }
}
