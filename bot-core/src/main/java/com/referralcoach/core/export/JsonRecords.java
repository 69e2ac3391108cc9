package com.referralcoach.core.export;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.StageChange;
import java.time.Instant;
import java.util.Optional;
import org.bson.json.JsonWriter;

/**
 * Each record as a JSON object with every id and field (absent ones as null), written through the BSON library's
 * streaming {@link JsonWriter}, which does the escaping; times as ISO 8601 in the rep's zone.
 */
final class JsonRecords {
    private final JsonWriter json;
    private final Timestamps times;

    JsonRecords(JsonWriter json, Timestamps times) {
        this.json = json;
        this.times = times;
    }

    void rep(Rep rep) {
        json.writeStartDocument();
        json.writeString("id", rep.id().value());
        json.writeString("name", rep.displayName());
        json.writeString("zone", rep.zone().getId());
        text("manager", rep.manager().map(RepId::value));
        json.writeEndDocument();
    }

    void contact(Contact c) {
        json.writeStartDocument();
        json.writeString("id", c.id().value());
        json.writeString("name", c.name().display());
        text("company", c.company());
        text("email", c.email());
        text("phone", c.phone());
        text("title", c.title());
        text("notes", c.notes());
        json.writeString("createdAt", times.ofAsker(c.createdAt()));
        json.writeEndDocument();
    }

    void meeting(Meeting m) {
        json.writeStartDocument();
        json.writeString("id", m.id().value());
        json.writeString("rep", m.rep().value());
        json.writeString("contact", m.contact().value());
        text("topic", m.topic());
        time(m.rep(), "startsAt", m.startsAt());
        time(m.rep(), "endsAt", Optional.of(m.endsAt()));
        time(m.rep(), "loggedAt", Optional.of(m.loggedAt()));
        json.writeEndDocument();
    }

    void ask(Ask a) {
        json.writeStartDocument();
        json.writeString("id", a.id().value());
        json.writeString("rep", a.rep().value());
        json.writeString("contact", a.contact().value());
        json.writeString("outcome", a.outcome().name());
        text("note", a.note());
        time(a.rep(), "at", Optional.of(a.at()));
        json.writeEndDocument();
    }

    void referral(Referral r) {
        json.writeStartDocument();
        json.writeString("id", r.id().value());
        json.writeString("rep", r.rep().value());
        json.writeString("referrer", r.referrer().value());
        json.writeString("lead", r.lead().value());
        text("need", r.need());
        json.writeString("stage", r.stage().name());
        text("wonAmount", r.wonAmount().map(money -> money.amount().toPlainString()));
        text("currency", r.wonAmount().flatMap(money -> money.currency()));
        time(r.rep(), "receivedAt", Optional.of(r.receivedAt()));
        time(r.rep(), "referrerUpdatedAt", r.referrerUpdatedAt());
        time(r.rep(), "thankedAt", r.thankedAt());
        json.writeStartArray("history");
        for (StageChange step : r.history()) {
            json.writeStartDocument();
            json.writeString("stage", step.stage().name());
            time(r.rep(), "at", Optional.of(step.at()));
            text("note", step.note());
            json.writeEndDocument();
        }
        json.writeEndArray();
        json.writeEndDocument();
    }

    void reminder(Reminder r) {
        json.writeStartDocument();
        json.writeString("id", r.id().value());
        json.writeString("rep", r.rep().value());
        json.writeString("kind", r.kind().name());
        text("contact", r.contact().map(id -> id.value()));
        text("meeting", r.meeting().map(id -> id.value()));
        text("referral", r.referral().map(id -> id.value()));
        time(r.rep(), "dueAt", Optional.of(r.dueAt()));
        json.writeString("status", r.status().name());
        json.writeInt32("attempts", r.attempts());
        time(r.rep(), "sentAt", r.sentAt());
        time(r.rep(), "createdAt", Optional.of(r.createdAt()));
        json.writeEndDocument();
    }

    void goal(Goal g) {
        json.writeStartDocument();
        json.writeString("ownerKind", g.owner().kind().name());
        json.writeString("owner", g.owner().id());
        json.writeString("metric", g.metric().name());
        json.writeInt32("target", g.target());
        json.writeString("period", g.period().name());
        time(new RepId(g.owner().id()), "setAt", Optional.of(g.setAt()));
        json.writeEndDocument();
    }

    void business(Business b) {
        json.writeStartDocument();
        json.writeString("id", b.id());
        json.writeString("rep", b.rep().value());
        json.writeString("source", b.source().name());
        text("amount", b.amount().map(money -> money.amount().toPlainString()));
        text("currency", b.amount().flatMap(money -> money.currency()));
        text("customer", b.customer().map(id -> id.value()));
        time(b.rep(), "at", Optional.of(b.at()));
        json.writeEndDocument();
    }

    void event(RelationshipEvent e) {
        json.writeStartDocument();
        json.writeString("id", e.id().value());
        json.writeString("rep", e.rep().value());
        json.writeString("contact", e.contact().value());
        json.writeString("kind", e.kind().name());
        text("note", e.note());
        number("score", e.score());
        number("days", e.days());
        text("date", e.date().map(Object::toString));
        time(e.rep(), "at", Optional.of(e.at()));
        json.writeEndDocument();
    }

    private void text(String name, Optional<String> value) {
        if (value.isPresent()) {
            json.writeString(name, value.get());
        } else {
            json.writeNull(name);
        }
    }

    private void number(String name, Optional<Integer> value) {
        if (value.isPresent()) {
            json.writeInt32(name, value.get());
        } else {
            json.writeNull(name);
        }
    }

    private void time(RepId rep, String name, Optional<Instant> at) {
        text(name, at.map(instant -> times.of(rep, instant)));
    }
}
