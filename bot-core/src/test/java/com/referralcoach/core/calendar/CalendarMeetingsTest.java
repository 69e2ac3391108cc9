package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CalendarMeetingsTest {
    private static final IcsFeed GOOGLE = Fixtures.feed("google.ics");

    /** Each occurrence's kind by uid (the first occurrence of a series). */
    private static Map<String, MeetingKind> kinds(IcsFeed feed, CustomerMeetings rules) {
        return feed.occurrences().stream().collect(Collectors.toMap(CalendarOccurrence::uid, rules::kindOf,
                (first, later) -> first));
    }

    @Test
    void aSeriesWithACustomerNamesHerAndHerCompanyButNotTheTeamOrTheRoom() {
        Map<String, MeetingKind> kinds = kinds(GOOGLE, new CustomerMeetings(Set.of(), GOOGLE.owner()));

        assertThat(kinds.get("vela-weekly@google.com")).isEqualTo(new MeetingKind.Customer(List.of(
                new CustomerAttendee("ann.lo@vela.io", "Ann Lo", Optional.of("Vela")))));
        assertThat(kinds.get("acme-corp-intro@google.com")).isEqualTo(new MeetingKind.Customer(List.of(
                new CustomerAttendee("jo@acme-corp.co.uk", "Jo Park", Optional.of("Acme Corp")),
                new CustomerAttendee("kim.lee@acme-corp.co.uk", "Kim Lee", Optional.of("Acme Corp")))));
    }

    @Test
    void freeMailIsAlwaysACustomerWithNoCompanyAndARoomOfTheTeamIsNoOne() {
        Map<String, MeetingKind> kinds = kinds(GOOGLE, new CustomerMeetings(Set.of("acme.com"), GOOGLE.owner()));

        assertThat(kinds.get("coffee@google.com")).isEqualTo(new MeetingKind.Customer(List.of(
                new CustomerAttendee("sam.r@gmail.com", "Sam R", Optional.empty()))));
    }

    @Test
    void cancelledDeclinedFreeAndAllDayEventsAreIgnoredAndNoAttendeesMeansAskTheRep() {
        Map<String, MeetingKind> kinds = kinds(GOOGLE, new CustomerMeetings(Set.of(), GOOGLE.owner()));

        assertThat(kinds.get("cancelled@google.com")).isEqualTo(new MeetingKind.Ignored(MeetingKind.Why.CANCELLED));
        assertThat(kinds.get("declined@google.com")).isEqualTo(new MeetingKind.Ignored(MeetingKind.Why.DECLINED));
        assertThat(kinds.get("free@google.com")).isEqualTo(new MeetingKind.Ignored(MeetingKind.Why.FREE));
        assertThat(kinds.get("offsite@google.com")).isInstanceOf(MeetingKind.Ignored.class);
        assertThat(kinds.get("focus@google.com")).isEqualTo(new MeetingKind.AskTheRep());
        CalendarOccurrence cancelledOne = GOOGLE.occurrences().stream()
                .filter(o -> o.recurrenceId().equals(Optional.of(Instant.parse("2026-03-23T09:00:00Z"))))
                .findFirst().orElseThrow();
        assertThat(new CustomerMeetings(Set.of(), GOOGLE.owner()).kindOf(cancelledOne))
                .isEqualTo(new MeetingKind.Ignored(MeetingKind.Why.CANCELLED));
    }

    @Test
    void theTeamsDomainsDefaultToTheOwnersAndOurDomainsWidenThem() {
        assertThat(kinds(GOOGLE, new CustomerMeetings(Set.of(), GOOGLE.owner())).get("standup@google.com"))
                .as("cy@acme.io is outside acme.com").isInstanceOf(MeetingKind.Customer.class);
        assertThat(kinds(GOOGLE, new CustomerMeetings(Set.of("acme.com", "@ACME.io "), GOOGLE.owner()))
                .get("standup@google.com")).isEqualTo(new MeetingKind.Internal());
    }

    @Test
    void anOutlookFeedWithoutAttendeesAsksTheRepAboutEveryBusyEvent() {
        IcsFeed outlook = Fixtures.feed("outlook.ics");
        CustomerMeetings rules = new CustomerMeetings(Set.of("acme.com"), Optional.empty());

        assertThat(outlook.occurrences().stream().map(rules::kindOf).distinct().toList())
                .containsExactlyInAnyOrder(new MeetingKind.AskTheRep(), new MeetingKind.Ignored(MeetingKind.Why.FREE));
    }

    @Test
    void anICloudMeetingIsACustomerMeetingWhenTheTeamsDomainsAreSetAndAskedAboutWhenNothingIsKnown() {
        IcsFeed icloud = Fixtures.feed("icloud.ics");
        Function<CustomerMeetings, MeetingKind> onboarding = rules -> kinds(icloud, rules)
                .get("4C1D2E3F-AAAA-4BBB-8CCC-VELA00000002");

        assertThat(onboarding.apply(new CustomerMeetings(Set.of("acme.com"), Optional.empty())))
                .isEqualTo(new MeetingKind.Customer(List.of(
                        new CustomerAttendee("ann.lo@vela.io", "Ann Lo", Optional.of("Vela")))));
        assertThat(onboarding.apply(new CustomerMeetings(Set.of(), Optional.empty())))
                .isEqualTo(new MeetingKind.AskTheRep());
    }

    @Test
    void aMeetingWhoseOnlyCustomerDeclinedIsNotOneToAskAfter() {
        CalendarOccurrence occurrence = new CalendarOccurrence("u", Optional.empty(),
                Instant.parse("2026-03-03T10:00:00Z"), Instant.parse("2026-03-03T11:00:00Z"), "Demo",
                EventStatus.CONFIRMED, List.of(
                        new Attendee("rep@acme.com", Optional.empty(), AttendeeKind.INDIVIDUAL, Participation.ACCEPTED),
                        new Attendee("li@pine.dev", Optional.empty(), AttendeeKind.INDIVIDUAL,
                                Participation.DECLINED)),
                Optional.of("li@pine.dev"), false, false);

        assertThat(new CustomerMeetings(Set.of("acme.com"), Optional.of("rep@acme.com")).kindOf(occurrence))
                .isEqualTo(new MeetingKind.Ignored(MeetingKind.Why.CUSTOMERS_DECLINED));
    }

    @Test
    void companiesAndNamesComeFromTheAddress() {
        assertThat(MailDomains.company("vela.io")).contains("Vela");
        assertThat(MailDomains.company("acme-corp.co.uk")).contains("Acme Corp");
        assertThat(MailDomains.company("eu.vela.io")).contains("Vela");
        assertThat(MailDomains.company("data2go.com.au")).contains("Data2go");
        assertThat(MailDomains.company("yahoo.co.uk")).isEmpty();
        assertThat(MailDomains.company("icloud.com")).isEmpty();
        assertThat(CustomerAttendee.of(new Attendee("j_doe-smith2@x.com", Optional.of("j_doe-smith2@x.com"),
                AttendeeKind.INDIVIDUAL, Participation.ACCEPTED)).name()).isEqualTo("J Doe Smith");
        assertThat(MailDomains.room(new Attendee("c_1@resource.calendar.google.com", Optional.empty(),
                AttendeeKind.INDIVIDUAL, Participation.ACCEPTED))).isTrue();
    }
}
