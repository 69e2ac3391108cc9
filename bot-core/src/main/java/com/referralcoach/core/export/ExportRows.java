package com.referralcoach.core.export;

import static com.referralcoach.core.export.SpreadsheetCells.cell;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.StageChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One spreadsheet row per record, every cell escaped; people named by id and by name, times in the rep's zone. */
final class ExportRows {
    static final List<String> CONTACTS = List.of("contact_id", "name", "company", "email", "phone", "title", "notes",
            "created_at");
    static final List<String> MEETINGS = List.of("meeting_id", "rep_id", "rep", "contact_id", "contact", "topic",
            "starts_at", "ends_at", "logged_at");
    static final List<String> ASKS = List.of("ask_id", "rep_id", "rep", "contact_id", "contact", "outcome", "note",
            "at");
    static final List<String> REFERRALS = List.of("referral_id", "rep_id", "rep", "referrer_id", "referrer", "lead_id",
            "lead", "need", "stage", "won_amount", "currency", "received_at", "referrer_updated_at", "thanked_at",
            "history");
    static final List<String> REMINDERS = List.of("reminder_id", "rep_id", "rep", "kind", "contact_id", "contact",
            "meeting_id", "referral_id", "due_at", "status", "attempts", "sent_at", "created_at");
    static final List<String> GOALS = List.of("owner_kind", "owner", "metric", "target", "period", "set_at");
    static final List<String> BUSINESS = List.of("business_id", "rep_id", "rep", "source", "amount", "currency",
            "customer_id", "customer", "at");
    static final List<String> EVENTS = List.of("event_id", "rep_id", "rep", "contact_id", "contact", "kind", "note",
            "score", "days", "date", "at");

    private final Timestamps times;
    private final Map<String, String> names;

    ExportRows(Timestamps times, Map<String, String> names) {
        this.times = times;
        this.names = names;
    }

    List<String> contact(Contact c) {
        return List.of(c.id().value(), cell(c.name().display()), cell(c.company()), cell(c.email()), cell(c.phone()),
                cell(c.title()), cell(c.notes()), times.ofAsker(c.createdAt()));
    }

    List<String> meeting(Meeting m) {
        return List.of(m.id().value(), cell(m.rep().value()), rep(m.rep()), m.contact().value(), name(m.contact()),
                cell(m.topic()), times.of(m.rep(), m.startsAt()), times.of(m.rep(), m.endsAt()),
                times.of(m.rep(), m.loggedAt()));
    }

    List<String> ask(Ask a) {
        return List.of(a.id().value(), cell(a.rep().value()), rep(a.rep()), a.contact().value(), name(a.contact()),
                a.outcome().name(), cell(a.note()), times.of(a.rep(), a.at()));
    }

    List<String> referral(Referral r) {
        return List.of(r.id().value(), cell(r.rep().value()), rep(r.rep()), r.referrer().value(), name(r.referrer()),
                r.lead().value(), name(r.lead()), cell(r.need()), r.stage().name(),
                r.wonAmount().map(Money::amount).map(amount -> amount.toPlainString()).orElse(""),
                cell(r.wonAmount().flatMap(Money::currency)), times.of(r.rep(), r.receivedAt()),
                times.of(r.rep(), r.referrerUpdatedAt()), times.of(r.rep(), r.thankedAt()), cell(history(r)));
    }

    List<String> reminder(Reminder r) {
        return List.of(r.id().value(), cell(r.rep().value()), rep(r.rep()), r.kind().name(),
                r.contact().map(ContactId::value).orElse(""), r.contact().map(this::name).orElse(""),
                r.meeting().map(id -> id.value()).orElse(""), r.referral().map(id -> id.value()).orElse(""),
                times.of(r.rep(), r.dueAt()), r.status().name(), String.valueOf(r.attempts()),
                times.of(r.rep(), r.sentAt()), times.of(r.rep(), r.createdAt()));
    }

    List<String> goal(Goal g) {
        RepId owner = new RepId(g.owner().id());
        return List.of(g.owner().kind().name(), cell(g.owner().id()), g.metric().name(), String.valueOf(g.target()),
                g.period().name(), times.of(owner, g.setAt()));
    }

    List<String> business(Business b) {
        return List.of(b.id(), cell(b.rep().value()), rep(b.rep()), b.source().name(),
                b.amount().map(Money::amount).map(amount -> amount.toPlainString()).orElse(""),
                cell(b.amount().flatMap(Money::currency)), b.customer().map(ContactId::value).orElse(""),
                b.customer().map(this::name).orElse(""), times.of(b.rep(), b.at()));
    }

    List<String> event(RelationshipEvent e) {
        return List.of(e.id().value(), cell(e.rep().value()), rep(e.rep()), e.contact().value(), name(e.contact()),
                e.kind().name(), cell(e.note()), e.score().map(String::valueOf).orElse(""),
                e.days().map(String::valueOf).orElse(""), e.date().map(Object::toString).orElse(""),
                times.of(e.rep(), e.at()));
    }

    private String history(Referral r) {
        return r.history().stream().map(step -> step(r.rep(), step)).collect(Collectors.joining("; "));
    }

    private String step(RepId rep, StageChange step) {
        return step.stage().name() + " " + times.of(rep, step.at()) + step.note().map(note -> " (" + note + ")")
                .orElse("");
    }

    private String rep(RepId rep) {
        return cell(times.repName(rep));
    }

    private String name(ContactId contact) {
        return cell(Optional.ofNullable(names.get(contact.value())).orElse(""));
    }
}
