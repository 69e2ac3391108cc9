package com.referralcoach.core.store.mongo;

import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CalendarAnswer;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CalendarFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A calendar book that counts the occurrences saved, for {@link CalendarReadBenchmark}. */
final class CountingBook implements CalendarBook {
    final AtomicInteger saved = new AtomicInteger();
    private final CalendarBook book;

    CountingBook(CalendarBook book) {
        this.book = book;
    }

    @Override
    public CalendarFeed connect(WorkspaceId workspace, RepId rep, FeedLink link, Instant now) {
        return book.connect(workspace, rep, link, now);
    }

    @Override
    public Optional<CalendarFeed> feed(WorkspaceId workspace, RepId rep) {
        return book.feed(workspace, rep);
    }

    @Override
    public void saveFeed(CalendarFeed feed) {
        book.saveFeed(feed);
    }

    @Override
    public boolean disconnect(WorkspaceId workspace, RepId rep) {
        return book.disconnect(workspace, rep);
    }

    @Override
    public Optional<CalendarFeed> claimDue(Instant now, String owner, Duration lease) {
        return book.claimDue(now, owner, lease);
    }

    @Override
    public Optional<CalendarEvent> event(WorkspaceId workspace, RepId rep, String uid, Optional<Instant> recurrenceId) {
        return book.event(workspace, rep, uid, recurrenceId);
    }

    @Override
    public List<CalendarEvent> events(WorkspaceId workspace, RepId rep) {
        return book.events(workspace, rep);
    }

    @Override
    public void saveEvent(CalendarEvent event) {
        saved.incrementAndGet();
        book.saveEvent(event);
    }

    @Override
    public Optional<CalendarAnswer> answer(WorkspaceId workspace, RepId rep, String uid) {
        return book.answer(workspace, rep, uid);
    }

    @Override
    public void saveAnswer(WorkspaceId workspace, RepId rep, String uid, CalendarAnswer answer) {
        book.saveAnswer(workspace, rep, uid, answer);
    }

    @Override
    public Set<String> teamDomains(WorkspaceId workspace) {
        return book.teamDomains(workspace);
    }

    @Override
    public void setTeamDomains(WorkspaceId workspace, Set<String> domains) {
        book.setTeamDomains(workspace, domains);
    }

    @Override
    public boolean prepNotes(WorkspaceId workspace, RepId rep) {
        return book.prepNotes(workspace, rep);
    }

    @Override
    public void setPrepNotes(WorkspaceId workspace, RepId rep, boolean on) {
        book.setPrepNotes(workspace, rep, on);
    }

    @Override
    public int forgetPerson(WorkspaceId workspace, Optional<String> email, Set<MeetingId> meetings) {
        return book.forgetPerson(workspace, email, meetings);
    }
}
