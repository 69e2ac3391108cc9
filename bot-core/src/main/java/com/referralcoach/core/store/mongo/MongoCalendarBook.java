package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Calendars in three collections: {@code calendarFeeds} (one per rep, {@code _id} workspace and rep, with the lease
 * a claim takes by findOneAndUpdate), {@code calendarEvents} ({@code _id} workspace, rep, UID and recurrence id, so
 * the key lookup stays fast on the embedded store) and {@code calendarSettings} (a workspace's domains, a rep's prep
 * notes, answers per UID). Every read of a rep's or workspace's records filters on its workspace.
 */
final class MongoCalendarBook implements CalendarBook {
    static final String FEEDS = "calendarFeeds";
    static final String EVENTS = "calendarEvents";
    static final String SETTINGS = "calendarSettings";
    private static final char SEP = '\u001f';

    private final MongoCollection<Document> feeds;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> settings;

    MongoCalendarBook(MongoCollection<Document> feeds, MongoCollection<Document> events,
                      MongoCollection<Document> settings) {
        this.feeds = feeds;
        this.events = events;
        this.settings = settings;
    }

    /**
     * The embedded server scans a collection for any query no index serves: a rep's occurrences (read three times a
     * read) are served by {ws, rep, start}, and the lookups by {_id, ws} (and a feed's save by {_id, link}) by unique
     * indexes of exactly those keys, as in {@link StoreIndexes}. Real MongoDB uses the first and the _id index.
     */
    static void createIndexes(MongoDatabase database) {
        StoreIndexes.create(database, EVENTS, "ws_rep_start",
                com.mongodb.client.model.Indexes.ascending(CalendarMapper.WS, CalendarMapper.REP, "start"));
        for (String name : java.util.List.of(FEEDS, EVENTS, SETTINGS)) {
            StoreIndexes.createUnique(database, name, "id_ws",
                    com.mongodb.client.model.Indexes.ascending(Fields.ID, CalendarMapper.WS));
        }
        StoreIndexes.createUnique(database, FEEDS, "id_link",
                com.mongodb.client.model.Indexes.ascending(Fields.ID, CalendarMapper.LINK));
    }

    @Override
    public CalendarFeed connect(WorkspaceId workspace, RepId rep, FeedLink link, Instant now) {
        CalendarFeed feed = CalendarFeed.connected(workspace, rep, link, now);
        Document document = CalendarMapper.state(feed).append(Fields.ID, key(workspace, rep))
                .append(CalendarMapper.LINK, link.uri().toString());
        MongoCalls.run("connect a calendar", () -> feeds.replaceOne(eq(Fields.ID, key(workspace, rep)), document,
                new ReplaceOptions().upsert(true)));
        return feed;
    }

    @Override
    public Optional<CalendarFeed> feed(WorkspaceId workspace, RepId rep) {
        return Optional.ofNullable(MongoCalls.get("read a calendar feed", () -> feeds.find(
                and(eq(Fields.ID, key(workspace, rep)), eq(CalendarMapper.WS, workspace.value()))).first()))
                .map(CalendarMapper::toFeed);
    }

    @Override
    public void saveFeed(CalendarFeed feed) {
        List<Bson> sets = new ArrayList<>();
        CalendarMapper.state(feed).forEach((field, value) -> sets.add(Updates.set(field, value)));
        sets.add(Updates.unset(CalendarMapper.LEASED_BY));
        sets.add(Updates.unset(CalendarMapper.LEASE_UNTIL));
        MongoCalls.run("save a calendar feed's state", () -> feeds.updateOne(and(
                eq(Fields.ID, key(feed.workspace(), feed.rep())), eq(CalendarMapper.LINK, feed.link().uri().toString())),
                Updates.combine(sets)));
    }

    @Override
    public boolean disconnect(WorkspaceId workspace, RepId rep) {
        long gone = MongoCalls.get("disconnect a calendar", () -> feeds.deleteOne(
                and(eq(Fields.ID, key(workspace, rep)), eq(CalendarMapper.WS, workspace.value())))).getDeletedCount();
        MongoCalls.run("forget a calendar's unlogged events", () -> events.deleteMany(and(ofRep(workspace, rep),
                size(CalendarMapper.MEETINGS, 0))));
        return gone > 0;
    }

    @Override
    public Optional<CalendarFeed> claimDue(Instant now, String owner, Duration lease) {
        Bson due = and(lte(CalendarMapper.NEXT_READ, StoredFields.date(now)),
                or(eq(CalendarMapper.LEASE_UNTIL, null), lte(CalendarMapper.LEASE_UNTIL, StoredFields.date(now))));
        Bson take = Updates.combine(Updates.set(CalendarMapper.LEASED_BY, owner),
                Updates.set(CalendarMapper.LEASE_UNTIL, StoredFields.date(now.plus(lease))));
        return Optional.ofNullable(MongoCalls.get("claim a calendar feed", () -> feeds.findOneAndUpdate(due, take,
                new FindOneAndUpdateOptions().sort(Sorts.ascending(CalendarMapper.NEXT_READ))
                        .returnDocument(ReturnDocument.AFTER)))).map(CalendarMapper::toFeed);
    }

    @Override
    public Optional<CalendarEvent> event(WorkspaceId workspace, RepId rep, String uid, Optional<Instant> recurrenceId) {
        return Optional.ofNullable(MongoCalls.get("read a calendar event", () -> events.find(and(
                eq(Fields.ID, eventKey(workspace, rep, uid, recurrenceId)), eq(CalendarMapper.WS, workspace.value())))
                .first())).map(CalendarMapper::toEvent);
    }

    @Override
    public List<CalendarEvent> events(WorkspaceId workspace, RepId rep) {
        return MongoCalls.get("read a rep's calendar events", () -> events.find(ofRep(workspace, rep))
                .sort(Sorts.ascending("start", Fields.ID)).map(CalendarMapper::toEvent).into(new ArrayList<>()));
    }

    @Override
    public void saveEvent(CalendarEvent event) {
        String id = eventKey(event.workspace(), event.rep(), event.uid(), event.recurrenceId());
        MongoCalls.run("save a calendar event", () -> events.replaceOne(eq(Fields.ID, id),
                CalendarMapper.toDocument(id, event), new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<CalendarAnswer> answer(WorkspaceId workspace, RepId rep, String uid) {
        return setting("answer" + SEP + key(workspace, rep) + SEP + uid, workspace).map(d -> new CalendarAnswer(
                StoredFields.optionalString(d, "person"), StoredFields.optionalString(d, "company")));
    }

    @Override
    public void saveAnswer(WorkspaceId workspace, RepId rep, String uid, CalendarAnswer answer) {
        Document d = new Document(CalendarMapper.WS, workspace.value()).append(CalendarMapper.REP, rep.value())
                .append("person", answer.person().orElse(null)).append("company", answer.company().orElse(null));
        saveSetting("answer" + SEP + key(workspace, rep) + SEP + uid, d);
    }

    @Override
    public Set<String> teamDomains(WorkspaceId workspace) {
        return setting("domains" + SEP + workspace.value(), workspace)
                .map(d -> (Set<String>) new TreeSet<>(d.getList("domains", String.class, List.of())))
                .orElse(Set.of());
    }

    @Override
    public void setTeamDomains(WorkspaceId workspace, Set<String> domains) {
        saveSetting("domains" + SEP + workspace.value(), new Document(CalendarMapper.WS, workspace.value())
                .append("domains", List.copyOf(new TreeSet<>(domains))));
    }

    @Override
    public boolean prepNotes(WorkspaceId workspace, RepId rep) {
        return setting("prep" + SEP + key(workspace, rep), workspace).map(d -> d.getBoolean("on", false))
                .orElse(false);
    }

    @Override
    public void setPrepNotes(WorkspaceId workspace, RepId rep, boolean on) {
        saveSetting("prep" + SEP + key(workspace, rep), new Document(CalendarMapper.WS, workspace.value())
                .append(CalendarMapper.REP, rep.value()).append("on", on));
    }

    @Override
    public int forgetPerson(WorkspaceId workspace, Optional<String> email, Set<MeetingId> meetings) {
        List<Bson> naming = new ArrayList<>();
        email.ifPresent(e -> naming.add(eq(CalendarMapper.CUSTOMERS + "." + CalendarMapper.EMAIL, e)));
        if (!meetings.isEmpty()) {
            naming.add(in(CalendarMapper.MEETINGS, meetings.stream().map(MeetingId::value).toList()));
        }
        if (naming.isEmpty()) {
            return 0;
        }
        return (int) MongoCalls.get("forget a person's calendar events", () -> events.deleteMany(
                and(eq(CalendarMapper.WS, workspace.value()), or(naming)))).getDeletedCount();
    }

    private Optional<Document> setting(String id, WorkspaceId workspace) {
        return Optional.ofNullable(MongoCalls.get("read a calendar setting", () -> settings.find(
                and(eq(Fields.ID, id), eq(CalendarMapper.WS, workspace.value()))).first()));
    }

    private void saveSetting(String id, Document values) {
        MongoCalls.run("save a calendar setting", () -> settings.updateOne(eq(Fields.ID, id),
                new Document("$set", values), new UpdateOptions().upsert(true)));
    }

    private static Bson ofRep(WorkspaceId workspace, RepId rep) {
        return and(eq(CalendarMapper.WS, workspace.value()), eq(CalendarMapper.REP, rep.value()));
    }

    private static String key(WorkspaceId workspace, RepId rep) {
        return workspace.value() + SEP + rep.value();
    }

    private static String eventKey(WorkspaceId workspace, RepId rep, String uid, Optional<Instant> recurrenceId) {
        return key(workspace, rep) + SEP + uid + SEP + recurrenceId.map(Instant::toString).orElse("");
    }
}
