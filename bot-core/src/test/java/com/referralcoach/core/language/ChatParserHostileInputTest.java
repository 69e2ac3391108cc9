package com.referralcoach.core.language;

import static com.referralcoach.core.language.ParserFixture.NOW;
import static com.referralcoach.core.language.ParserFixture.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.PersonName;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatParserHostileInputTest {
    private static final List<String> PIECES = List.of("met ", "meeting with ", "asked ", "referred ", "won ",
            "lost", " - ", ": ", ", ", "(", ")", "at ", "from ", "about ", "tomorrow ", "monday ", "2-3pm ",
            "25:00", "ends in ", "45 min ", "$12k", "€", "tz ", "Europe/", "help", "pipeline", "@", ".", "?",
            "2026-02-30 ", "Dec 3 ", "12/03 ", "contact ", "skip ask ", "said no", "+1 555 0100 ", "Jane Doe ",
            "\u0000", "\uD800", "\u202E", "😀", "\"$where\"", "<!channel>", "11-1pm ", "99999999999999999999 ",
            "updated ", "thanked ", "sent ", " an update", " a thank you ", "thank you sent to ", "snooze ",
            "#3fa9c1 ", "3FA9C1 ", "#3fa9 ", "2h ", "1.5 hours ", "91 days ", "0 min ", "remind me ", "in ", "later",
            "reminders", "what's coming", "upcoming", "cancel reminder ", "delete ", "cancel ", "working hours ",
            "hours ", "9-17 ", "9:30-17:30 ", "0-24 ", "8am-6pm ", "17-9 ", "work days ", "mon-fri ", "fri-mon ",
            "monday to friday ", "my manager is ", "<@U123ABC>", "manager: ");

    @ParameterizedTest
    @ValueSource(strings = {"{\"$gt\": \"\"}", "$where", "<!channel", "everyone@", "<U123|bob>",
            "Robert'); DROP TABLE contacts;--", "شريف عبد الله", "שרה כהן", "\u202Eevil\u202C Doe",
            "Jane\u0000Doe", "Jane\uD800Doe", "Zoë 🚀 Ørsted", "${jndi:ldap://x/a}", "%s%n", "Jane\\nDoe"})
    void namesAreKeptLiterally(String name) {
        assertThat(((ShowContact) parse("contact " + name)).person().name().display()).isEqualTo(name);
        assertThat(((RecordAsk) parse("skip ask " + name)).person().name().display()).isEqualTo(name);
        assertThat(((LogMeeting) parse("met " + name)).person().name().display()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$where", "<!channel", "everyone@", "שרה כהן", "Jane\u0000Doe", "Zoë 🚀 Ørsted"})
    void namesSurviveEveryCommand(String name) {
        assertThat(((RecordAsk) parse("asked " + name + " - got a referral")).person().name().display())
                .isEqualTo(name);
        assertThat(((RecordAsk) parse(name + " said no")).person().name().display()).isEqualTo(name);
        assertThat(((MoveLead) parse(name + " won $5k")).lead().name().display()).isEqualTo(name);
        assertThat(((RecordReferrerUpdate) parse("updated " + name)).referrer().name().display()).isEqualTo(name);
        assertThat(((RecordThanks) parse("thanked " + name + " - sent a gift card")).referrer().name().display())
                .isEqualTo(name);
        assertThat(((SetManager) parse("my manager is " + name)).manager()).isEqualTo(name);
        LogReferral referral = (LogReferral) parse(name + " referred Tom Lee");
        assertThat(referral.referrer().name().display()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asked 😀", "met 😀😀", "contact ***", "skip ask ---", "asked \u0000"})
    void aNameNeedsALetterOrADigit(String text) {
        Invalid invalid = (Invalid) parse(text);

        assertThat(invalid.reason()).contains("no letters or digits");
    }

    @Test
    void aNameOverAHundredCharactersIsInvalid() {
        assertThat(parse("asked " + "J".repeat(101))).isInstanceOf(Invalid.class);
        assertThat(((RecordAsk) parse("asked " + "J".repeat(100))).person().name().display()).hasSize(100);
    }

    @Test
    @Timeout(1)
    void aVeryLongMessageIsRefusedUnread() {
        Invalid invalid = (Invalid) parse("met " + "Jane ".repeat(2_000));

        assertThat(invalid.reason()).startsWith("That message is too long");
        assertThat(parse("x".repeat(10_000))).isInstanceOf(Invalid.class);
    }

    @Test
    void aMessageJustUnderTheLimitIsStillRead() {
        assertThat(parse("asked Jane Doe - " + "a".repeat(1_950))).isInstanceOf(RecordAsk.class);
    }

    @Test
    void nullTextSuggestsHelp() {
        assertThat(parse(null)).isEqualTo(new Unknown("help", "help"));
    }

    /** A guard against a parse that never ends, not a speed check (ParseBenchmark measures speed). */
    @Test
    @Timeout(180)
    void randomTextNeverBreaksTheParser() {
        Random random = new Random(20_261_123L);
        ChatParser parser = new ChatParser();
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"),
                ZoneId.of("Pacific/Chatham"));
        for (int i = 0; i < 8_000; i++) {
            String text = randomText(random);
            ZonedDateTime now = NOW.withZoneSameInstant(zones.get(i % zones.size())).plus(Duration.ofHours(i % 300));

            Command command = parser.parse(text, now);

            assertThat(command).as("parse of %s", text).isNotNull();
            if (command instanceof Unknown unknown) {
                assertThat(unknown.closest()).isNotBlank();
                assertThat(unknown.example()).isNotBlank();
            }
            if (command instanceof Invalid invalid) {
                assertThat(invalid.reason()).as("reason for %s", text).isNotBlank()
                        .doesNotStartWith("Sorry, I got confused");
                assertThat(invalid.example()).isNotBlank();
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                case 2 -> text.append(random.nextInt(100)).append(" :-/.,()$".charAt(random.nextInt(9)));
                default -> text.append((char) random.nextInt(0x3000)).append(' ');
            }
        }
        return text.toString();
    }

    @Test
    void invisibleCharactersArePartOfNoName() {
        assertThat(parse("met Jane\u200b Doe at Acme\ufeff")).isEqualTo(parse("met Jane Doe at Acme"));
        assertThat(parse("\u200b\u200e")).isInstanceOf(Unknown.class);
        assertThat(PersonName.keyOf("Jane\u2060 Doe\u200c"))
                .isEqualTo(PersonName.keyOf("Jane Doe"));
    }
}
