package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Lunch is with Bo Park" read two ways, decided from what the store knows: the answer to the bot's question when
 * the left side is the title of an event it waits to hear about, the older grammar (a contact moving company, a
 * lunch logged) otherwise, and a question when the title is also a contact's name. Tuesday 3 March 2026, 08:00 UTC.
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarAnswerChoiceTest {
    private static final Instant T0 = CalendarImportTest.T0;
    private static final String LINK = "https://calendar.google.com/calendar/ical/rep%40acme.com/private-s3cret"
            + "/basic.ics";

    private CoachStore store;
    private CalendarIcs ics;
    private Chat rita;

    @BeforeEach
    void open(MongoDatabase database) {
        TestClock clock = new TestClock(T0);
        store = MongoCoachStore.open(database, clock);
        CalendarBook book = MongoCoachStore.openCalendarBook(database);
        ics = new CalendarIcs();
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC, DigestRequests.NONE,
                ContactFiles.NONE, ImportProgress.NONE, ExportFiles.NONE, book, ics);
        rita = Chat.of(engine, "T1", "U-RITA");
        rita.say("tz UTC");
    }

    @Test
    void theTitleOfAnEventAskedAboutNamesItWithoutQuotes() {
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        assertThat(rita.read("calendar " + LINK)).contains("Is 'Lunch' (today 8:40 AM) with a customer?");

        assertThat(rita.read("Lunch is with Bo Park")).startsWith("Got it: 'Lunch' is with Bo Park.");

        assertThat(meetingsWith()).containsExactly("Bo Park");
        assertThat(store.contacts().findByNameKey(rita.workspace(), "lunch")).isEmpty();
    }

    @Test
    void theAnswerWithACompanyIsNotALunchLogged() {
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        rita.say("calendar " + LINK);

        assertThat(rita.read("Lunch is with Bo Park at Vela")).startsWith("Got it: 'Lunch' is with Bo Park (Vela).");

        assertThat(store.meetings().ofRep(rita.workspace(), rita.rep())).singleElement()
                .satisfies(m -> assertThat(m.endsAt()).isEqualTo(at(9, 30)));
    }

    @Test
    void aRealContactStillMovesCompanyWhileAQuestionWaits() {
        rita.say("met Jane Doe at Acme");
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        rita.say("calendar " + LINK);

        assertThat(rita.read("Jane Doe is with Globex now")).startsWith("Updated Jane Doe: company Globex (was Acme).");
        assertThat(rita.read("Jane Doe is with Initech")).startsWith("Updated Jane Doe: company Initech (was Globex).");
        assertThat(rita.read("Lunch is with Bo Park")).startsWith("Got it: 'Lunch' is with Bo Park.");
    }

    @Test
    void withNoQuestionWaitingTheOlderGrammarHolds() {
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        rita.say("calendar " + LINK);
        rita.say("skip");

        assertThat(rita.read("Lunch is with Bo Park")).startsWith("I don't know anyone called Lunch yet.");
        assertThat(rita.read("Lunch is with Bo Park at Vela")).startsWith("Saved: meeting with Bo Park (Vela).");
    }

    @Test
    void aContactNamedLikeTheEventIsAskedAboutAndEitherAnswerWorks() {
        rita.say("met Dana Fox at Acme");
        ics.event("dana@outlook", "Dana Fox", at(8, 40), at(9, 30));
        ics.event("fox@outlook", "Sam Fox", at(8, 50), at(9, 30));
        rita.say("calendar " + LINK);

        Reply which = rita.say("Dana Fox is with Globex");

        assertThat(which.text()).isEqualTo("'Dana Fox' is a calendar event I asked you about, and Dana Fox is also one"
                + " of your contacts. Which do you mean: 'Dana Fox' is with Globex (the event), or Dana Fox works at"
                + " Globex now (the contact)?");
        assertThat(which.actions()).extracting(SuggestedAction::label, SuggestedAction::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The event", "'Dana Fox' is with Globex"),
                org.assertj.core.groups.Tuple.tuple("The contact", "Dana Fox works at Globex"));
        assertThat(meetingsWith()).containsExactly("Dana Fox");
        assertThat(rita.read("Dana Fox works at Globex")).startsWith("Updated Dana Fox: company Globex (was Acme).");
        assertThat(rita.read("'Dana Fox' is with Globex")).startsWith("Got it: 'Dana Fox' is with Globex.");
        assertThat(rita.read("Dana Fox is with Initech")).startsWith("Updated Dana Fox: company Initech (was Globex).");
        assertThat(rita.read("Sam Fox is with Kim Lee")).startsWith("Got it: 'Sam Fox' is with Kim Lee.");
    }

    private List<String> meetingsWith() {
        return store.meetings().ofRep(rita.workspace(), rita.rep()).stream().map(Meeting::contact)
                .map(id -> store.contacts().find(rita.workspace(), id).map(c -> c.name().display()).orElse("?"))
                .sorted().toList();
    }

    private static Instant at(int hour, int minute) {
        return T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }
}
