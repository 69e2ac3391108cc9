package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.port.CalendarAnswer;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CalendarFeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link CalendarBook} must do. */
public abstract class CalendarBookContract {
    private static final FeedLink LINK = FeedLink.parse("https://calendar.example.com/private-s3cret/basic.ics")
            .orElseThrow();
    private static final CustomerAttendee ANN = new CustomerAttendee("ann.lo@vela.io", "Ann Lo", Optional.of("Vela"));

    protected abstract CalendarBook book();

    /** The same records through a fresh instance over the same storage (as after a restart). */
    protected abstract CalendarBook reopened();

    private static CalendarEvent event(String uid, Optional<java.time.Instant> recurrence, long startMinute) {
        return new CalendarEvent(ACME, ANA, uid, recurrence, at(startMinute), at(startMinute + 30), "Q3 review",
                List.of(ANN), CalendarEvent.Kind.CUSTOMER, List.of(), Optional.empty());
    }

    @Test
    void aConnectedFeedIsDueAtOnceAndItsStateOutlivesARestart() {
        book().connect(ACME, ANA, LINK, at(0));
        CalendarFeed read = book().feed(ACME, ANA).orElseThrow()
                .read(Optional.of("\"v1\""), Optional.of("Tue, 03 Mar 2026 10:00:00 GMT"), at(1), at(11), 14,
                        Optional.of("ana@acme.com"));
        book().saveFeed(read);

        CalendarFeed again = reopened().feed(ACME, ANA).orElseThrow();
        assertThat(again).isEqualTo(read);
        assertThat(again.link()).isEqualTo(LINK);
        assertThat(again.toString()).doesNotContain("s3cret");
    }

    @Test
    void aFailureKeepsTheProblemAndWhetherTheRepWasTold() {
        CalendarFeed feed = book().connect(ACME, ANA, LINK, at(0));
        book().saveFeed(feed.failed(FeedProblem.NOT_FOUND, at(10), true).failed(FeedProblem.NOT_FOUND, at(40), true));

        CalendarFeed failed = reopened().feed(ACME, ANA).orElseThrow();
        assertThat(failed.problem()).contains(FeedProblem.NOT_FOUND);
        assertThat(failed.problemTold()).isTrue();
        assertThat(failed.failures()).isEqualTo(2);
        assertThat(failed.nextRead()).isEqualTo(at(40));
    }

    @Test
    void feedsAreKeptPerWorkspaceAndRep() {
        book().connect(ACME, ANA, LINK, at(0));

        assertThat(book().feed(GLOBEX, ANA)).isEmpty();
        assertThat(book().feed(ACME, BOB)).isEmpty();
        assertThat(book().disconnect(GLOBEX, ANA)).isFalse();
        assertThat(book().feed(ACME, ANA)).isPresent();
    }

    @Test
    void aDueFeedIsClaimedByOneOwnerUntilItsLeaseEnds() {
        book().connect(ACME, ANA, LINK, at(10));

        assertThat(book().claimDue(at(9), "p1", Duration.ofMinutes(5))).isEmpty();
        assertThat(book().claimDue(at(10), "p1", Duration.ofMinutes(5))).isPresent();
        assertThat(book().claimDue(at(12), "p2", Duration.ofMinutes(5))).isEmpty();
        assertThat(book().claimDue(at(15), "p2", Duration.ofMinutes(5))).isPresent();
    }

    @Test
    void savingAFeedLetsGoOfItsLeaseAndSetsTheNextRead() {
        CalendarFeed feed = book().connect(ACME, ANA, LINK, at(0));
        CalendarFeed claimed = book().claimDue(at(0), "p1", Duration.ofMinutes(5)).orElseThrow();
        book().saveFeed(claimed.read(Optional.empty(), Optional.empty(), at(0), at(10), 0, Optional.empty()));

        assertThat(book().claimDue(at(9), "p2", Duration.ofMinutes(5))).isEmpty();
        assertThat(book().claimDue(at(10), "p2", Duration.ofMinutes(5))).map(CalendarFeed::rep).contains(feed.rep());
    }

    @Test
    void concurrentClaimsTakeEachFeedOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            book().connect(ACME, new com.referralcoach.core.domain.RepId("U-" + i), LINK, at(0));
        }
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        List<String> twice = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                String owner = "p" + p;
                runs.add(pool.submit(() -> {
                    Optional<CalendarFeed> next;
                    while ((next = book().claimDue(at(1), owner, Duration.ofMinutes(5))).isPresent()) {
                        if (!claimed.add(next.get().rep().value())) {
                            synchronized (twice) {
                                twice.add(next.get().rep().value());
                            }
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).hasSize(20);
        assertThat(twice).isEmpty();
    }

    @Test
    void eventsAreKeyedByUidAndRecurrenceIdAndReplacedInPlace() {
        CalendarEvent single = event("uid-1@google.com", Optional.empty(), 60);
        CalendarEvent first = event("series@google.com", Optional.of(at(120)), 120);
        CalendarEvent second = event("series@google.com", Optional.of(at(120 + 7 * 24 * 60)), 120 + 7 * 24 * 60);
        book().saveEvent(second);
        book().saveEvent(single);
        book().saveEvent(first);
        CalendarEvent moved = first.now(at(150), at(180), "Q3 review (moved)", List.of(ANN),
                CalendarEvent.Kind.CUSTOMER).withMeetings(List.of(new MeetingId("m-1"))).asked(at(5));
        book().saveEvent(moved);

        assertThat(reopened().events(ACME, ANA)).containsExactly(single, moved, second);
        assertThat(reopened().event(ACME, ANA, "series@google.com", Optional.of(at(120)))).contains(moved);
        assertThat(reopened().event(ACME, ANA, "series@google.com", Optional.empty())).isEmpty();
        assertThat(reopened().events(GLOBEX, ANA)).isEmpty();
        assertThat(reopened().events(ACME, BOB)).isEmpty();
        assertThat(reopened().event(GLOBEX, ANA, "uid-1@google.com", Optional.empty())).isEmpty();
    }

    @Test
    void disconnectingForgetsTheLinkAndTheEventsThatLoggedNothing() {
        book().connect(ACME, ANA, LINK, at(0));
        CalendarEvent logged = event("a", Optional.empty(), 10).withMeetings(List.of(new MeetingId("m-1")));
        CalendarEvent notLogged = event("b", Optional.empty(), 20);
        book().saveEvent(logged);
        book().saveEvent(notLogged);
        book().saveEvent(new CalendarEvent(GLOBEX, ANA, "b", Optional.empty(), at(20), at(30), "x", List.of(),
                CalendarEvent.Kind.INTERNAL, List.of(), Optional.empty()));

        assertThat(book().disconnect(ACME, ANA)).isTrue();

        assertThat(reopened().feed(ACME, ANA)).isEmpty();
        assertThat(reopened().events(ACME, ANA)).containsExactly(logged);
        assertThat(reopened().events(GLOBEX, ANA)).hasSize(1);
    }

    @Test
    void answersAreKeptPerUidRepAndWorkspace() {
        book().saveAnswer(ACME, ANA, "series@x", CalendarAnswer.with("Ann Lo", Optional.of("Vela")));
        book().saveAnswer(ACME, ANA, "other@x", CalendarAnswer.skip());

        assertThat(reopened().answer(ACME, ANA, "series@x")).contains(CalendarAnswer.with("Ann Lo", Optional.of("Vela")));
        assertThat(reopened().answer(ACME, ANA, "other@x")).contains(CalendarAnswer.skip());
        assertThat(reopened().answer(ACME, BOB, "series@x")).isEmpty();
        assertThat(reopened().answer(GLOBEX, ANA, "series@x")).isEmpty();
    }

    @Test
    void teamDomainsAndPrepNotesArePerWorkspaceAndRep() {
        assertThat(book().teamDomains(ACME)).isEmpty();
        assertThat(book().prepNotes(ACME, ANA)).isFalse();
        book().setTeamDomains(ACME, Set.of("acme.com", "acme.io"));
        book().setPrepNotes(ACME, ANA, true);

        assertThat(reopened().teamDomains(ACME)).containsExactlyInAnyOrder("acme.com", "acme.io");
        assertThat(reopened().teamDomains(GLOBEX)).isEmpty();
        assertThat(reopened().prepNotes(ACME, ANA)).isTrue();
        assertThat(reopened().prepNotes(ACME, BOB)).isFalse();
        assertThat(reopened().prepNotes(GLOBEX, ANA)).isFalse();
        book().setPrepNotes(ACME, ANA, false);
        assertThat(reopened().prepNotes(ACME, ANA)).isFalse();
    }

    @Test
    void forgettingAPersonErasesTheEventsNamingThemInThatWorkspaceOnly() {
        CalendarEvent byMail = event("a", Optional.empty(), 10);
        CalendarEvent byMeeting = new CalendarEvent(ACME, ANA, "b", Optional.empty(), at(20), at(30), "Lunch",
                List.of(), CalendarEvent.Kind.ASK_THE_REP, List.of(new MeetingId("m-ann")), Optional.empty());
        CalendarEvent other = new CalendarEvent(ACME, ANA, "c", Optional.empty(), at(20), at(30), "Other",
                List.of(new CustomerAttendee("bo@park.io", "Bo Park", Optional.of("Park"))),
                CalendarEvent.Kind.CUSTOMER, List.of(), Optional.empty());
        CalendarEvent elsewhere = new CalendarEvent(GLOBEX, ANA, "a", Optional.empty(), at(10), at(40), "Q3",
                List.of(ANN), CalendarEvent.Kind.CUSTOMER, List.of(), Optional.empty());
        List.of(byMail, byMeeting, other, elsewhere).forEach(book()::saveEvent);

        assertThat(book().forgetPerson(ACME, Optional.of("ann.lo@vela.io"), Set.of(new MeetingId("m-ann"))))
                .isEqualTo(2);
        assertThat(reopened().events(ACME, ANA)).containsExactly(other);
        assertThat(reopened().events(GLOBEX, ANA)).containsExactly(elsewhere);
    }

    @Test
    void textIsKeptLiterally() {
        for (String text : HOSTILE) {
            CalendarEvent odd = new CalendarEvent(ACME, ANA, text, Optional.empty(), at(1), at(2), text,
                    List.of(new CustomerAttendee(text + "@x.io", text, Optional.of(text))), CalendarEvent.Kind.CUSTOMER,
                    List.of(), Optional.empty());
            book().saveEvent(odd);
            assertThat(reopened().event(ACME, ANA, text, Optional.empty())).contains(odd);
            book().saveAnswer(ACME, ANA, text, CalendarAnswer.with(text, Optional.of(text)));
            assertThat(reopened().answer(ACME, ANA, text)).contains(CalendarAnswer.with(text, Optional.of(text)));
        }
        book().setTeamDomains(ACME, Set.copyOf(HOSTILE));
        assertThat(reopened().teamDomains(ACME)).containsExactlyInAnyOrderElementsOf(HOSTILE);
    }
}
