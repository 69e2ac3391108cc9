package com.referralcoach.core.store.mongo;

import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CalendarFeed;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Calendar feeds and occurrences <-> documents; the link is stored, and read back only into a {@link FeedLink}. */
final class CalendarMapper {
    static final String WS = "ws";
    static final String REP = "rep";
    static final String LINK = "link";
    static final String NEXT_READ = "nextRead";
    static final String LEASED_BY = "leasedBy";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String CUSTOMERS = "customers";
    static final String EMAIL = "email";
    static final String MEETINGS = "meetings";

    private CalendarMapper() {
    }

    /** The feed's state without its link and lease, as {@code $set} writes it. */
    static Document state(CalendarFeed feed) {
        Document d = new Document(WS, feed.workspace().value()).append(REP, feed.rep().value())
                .append(NEXT_READ, StoredFields.date(feed.nextRead())).append("meetingsFound", feed.meetingsFound())
                .append("problemTold", feed.problemTold()).append("failures", feed.failures());
        d.append("etag", feed.etag().orElse(null)).append("lastModified", feed.lastModified().orElse(null))
                .append("lastRead", feed.lastRead().map(StoredFields::date).orElse(null))
                .append("problem", feed.problem().map(Enum::name).orElse(null))
                .append("owner", feed.owner().orElse(null));
        return d;
    }

    static CalendarFeed toFeed(Document d) {
        FeedLink link = FeedLink.parse(StoredFields.string(d, LINK)).orElseThrow();
        return new CalendarFeed(new WorkspaceId(StoredFields.string(d, WS)), new RepId(StoredFields.string(d, REP)),
                link, StoredFields.optionalString(d, "etag"), StoredFields.optionalString(d, "lastModified"),
                StoredFields.optionalInstant(d, "lastRead"), StoredFields.instant(d, NEXT_READ),
                d.getInteger("meetingsFound", 0),
                StoredFields.optionalString(d, "problem").map(FeedProblem::valueOf),
                d.getBoolean("problemTold", false), d.getInteger("failures", 0),
                StoredFields.optionalString(d, "owner"));
    }

    static Document toDocument(String id, CalendarEvent e) {
        Document d = new Document(Fields.ID, id).append(WS, e.workspace().value()).append(REP, e.rep().value())
                .append("uid", e.uid()).append("start", StoredFields.date(e.start()))
                .append("end", StoredFields.date(e.end())).append("title", e.title()).append("kind", e.kind().name())
                .append(CUSTOMERS, e.customers().stream().map(CalendarMapper::customer).toList())
                .append(MEETINGS, e.meetings().stream().map(MeetingId::value).toList());
        e.recurrenceId().ifPresent(r -> d.append("recurrenceId", StoredFields.date(r)));
        e.askedAt().ifPresent(a -> d.append("askedAt", StoredFields.date(a)));
        return d;
    }

    static CalendarEvent toEvent(Document d) {
        return new CalendarEvent(new WorkspaceId(StoredFields.string(d, WS)), new RepId(StoredFields.string(d, REP)),
                StoredFields.string(d, "uid"), StoredFields.optionalInstant(d, "recurrenceId"),
                StoredFields.instant(d, "start"), StoredFields.instant(d, "end"), StoredFields.string(d, "title"),
                StoredFields.documents(d, CUSTOMERS).stream().map(CalendarMapper::toCustomer).toList(),
                CalendarEvent.Kind.valueOf(StoredFields.string(d, "kind")),
                d.getList(MEETINGS, String.class, List.of()).stream().map(MeetingId::new).toList(),
                StoredFields.optionalInstant(d, "askedAt"));
    }

    private static Document customer(CustomerAttendee c) {
        Document d = new Document(EMAIL, c.email()).append("name", c.name());
        c.company().ifPresent(company -> d.append("company", company));
        return d;
    }

    private static CustomerAttendee toCustomer(Document d) {
        return new CustomerAttendee(StoredFields.string(d, EMAIL), StoredFields.string(d, "name"),
                Optional.ofNullable(d.getString("company")));
    }
}
