package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.domain.WorkingHours;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;

/** Rep <-> document of the {@code reps} collection, whose {@code _id} is workspace + "/" + rep id. */
final class RepMapper {
    private RepMapper() {
    }

    static String idOf(WorkspaceId workspace, RepId rep) {
        return workspace.value() + "/" + rep.value();
    }

    static Document toDocument(Rep rep) {
        Document document = new Document(Fields.ID, idOf(rep.workspace(), rep.id()))
                .append(Fields.WS, rep.workspace().value())
                .append(Fields.REP, rep.id().value())
                .append(Fields.NAME, rep.displayName())
                .append(Fields.ZONE, rep.zone().getId());
        putOptional(document, Fields.MANAGER, rep.manager().map(RepId::value));
        Document hours = new Document(Fields.START, rep.hours().startMinute())
                .append(Fields.END, rep.hours().endMinute())
                .append(Fields.DAYS, rep.hours().days().stream().map(d -> d.getValue()).sorted().toList());
        document.append(Fields.JOINED_AT, date(rep.joinedAt())).append(Fields.HOURS, hours);
        putOptional(document, Fields.IDEAL, rep.ideal().map(IdealReferral::who));
        putOptional(document, Fields.IDEAL_TEAM, rep.ideal().flatMap(IdealReferral::team));
        if (!rep.reviewLinks().isEmpty()) {
            document.append(Fields.REVIEW_LINKS, rep.reviewLinks().entrySet().stream()
                    .map(e -> new Document(Fields.SITE, e.getKey()).append(Fields.LINK, e.getValue())).toList());
        }
        return document;
    }

    private static WorkingHours hours(Document document) {
        Document hours = document.get(Fields.HOURS, Document.class);
        if (hours == null) {
            return WorkingHours.DEFAULT;
        }
        Set<DayOfWeek> days = hours.getList(Fields.DAYS, Integer.class).stream().map(DayOfWeek::of)
                .collect(Collectors.toSet());
        return new WorkingHours(hours.getInteger(Fields.START), hours.getInteger(Fields.END), days);
    }

    static Rep toRep(Document document) {
        return new Rep(new WorkspaceId(string(document, Fields.WS)), new RepId(string(document, Fields.REP)),
                string(document, Fields.NAME), ZoneId.of(string(document, Fields.ZONE)),
                optionalString(document, Fields.MANAGER).map(RepId::new), instant(document, Fields.JOINED_AT),
                hours(document), optionalString(document, Fields.IDEAL)
                        .map(who -> new IdealReferral(who, optionalString(document, Fields.IDEAL_TEAM))),
                reviewLinks(document));
    }

    /** Stored as a list of {site, link}: a site's label is the rep's text and never a field name. */
    private static java.util.Map<String, String> reviewLinks(Document document) {
        java.util.Map<String, String> links = new java.util.TreeMap<>();
        for (Document link : document.getList(Fields.REVIEW_LINKS, Document.class, java.util.List.of())) {
            links.put(link.getString(Fields.SITE), link.getString(Fields.LINK));
        }
        return links;
    }
}
