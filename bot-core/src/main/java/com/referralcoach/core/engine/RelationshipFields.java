package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.reply.Field;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What "contact Jane Doe" shows of the relationship: standing, dates, endorsements, what was given and got. */
final class RelationshipFields {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Relationships relationships;

    RelationshipFields(Relationships relationships) {
        this.relationships = relationships;
    }

    List<Field> of(Contact person, Conversation c) {
        Relationship r = relationships.of(c.rep().id(), person, c.instant());
        Moments moments = c.moments();
        List<String> standing = new ArrayList<>();
        r.openProblem().ifPresent(p -> standing.add("problem open since " + moments.date(p.at())
                + p.note().map(n -> ": " + n).orElse("")));
        r.recoveringSince().ifPresent(f -> standing.add("fixed " + moments.date(f) + ", "
                + r.positivesSince(f) + " of 2 good experiences since"));
        if (r.isConnector()) {
            standing.add("connector");
        }
        r.latest(RelationshipEventKind.BUSINESS_OWNER).ifPresent(o -> standing.add("business owner"
                + o.note().map(n -> " (" + n + ")").orElse("")));
        r.latest(RelationshipEventKind.COLLEAGUE).ifPresent(o -> standing.add(o.note().map(n -> n + " ").orElse("")
                + "colleague"));
        r.latest(RelationshipEventKind.NEED).ifPresent(n -> standing.add("needs " + n.note().orElse("")
                + " (" + moments.date(n.at()) + ")"));
        r.latest(RelationshipEventKind.PROJECT_DELIVERED).ifPresent(d -> standing.add("delivered "
                + d.note().orElse("") + " " + moments.date(d.at())));
        standing.add("check in every " + r.cadenceDays() + " days"
                + r.checkInDue().map(d -> " (next " + moments.date(d) + ")").orElse(""));
        r.birthday().ifPresent(b -> standing.add("birthday " + DAY.format(b)));
        r.customerSince().ifPresent(s -> standing.add("customer since " + DATE.format(s)));
        List<Field> fields = new ArrayList<>(List.of(new Field("Relationship", String.join(" · ", standing))));
        endorsements(r, moments).ifPresent(fields::add);
        fields.add(given(r, c));
        return fields;
    }

    private static java.util.Optional<Field> endorsements(Relationship r, Moments moments) {
        List<String> lines = new ArrayList<>();
        for (Endorsement kind : Endorsement.values()) {
            if (kind == Endorsement.REVIEW) {
                r.all(RelationshipEventKind.REVIEW_RECEIVED).forEach(e -> lines.add("review" + e.note().map(s -> " on "
                        + s).orElse("") + " received " + moments.date(e.at())));
                r.awaitingReviews().forEach((site, at) -> lines.add("review" + (site.isEmpty() ? "" : " on " + site)
                        + " asked " + moments.date(at) + ", waiting"));
                continue;
            }
            r.latest(kind.received()).ifPresent(e -> lines.add(kind.label() + " received " + moments.date(e.at())));
            r.awaiting(kind).ifPresent(a -> lines.add(kind.label() + " asked " + moments.date(a) + ", waiting"));
        }
        return lines.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Field("Testimonials", String.join(" · ", lines)));
    }

    /**
     * What the rep gave this person, as a habit and not a balance: the referrals they gave the rep are listed on
     * their own, never set against it, so nothing invites tit-for-tat.
     */
    private static Field given(Relationship r, Conversation c) {
        List<RelationshipEvent> given = r.all(RelationshipEventKind.REFERRAL_GIVEN);
        return new Field("You gave them", given.isEmpty() ? "no referral yet; people who give leads get leads"
                : given.size() + (given.size() == 1 ? " referral (" : " referrals (") + given.stream()
                .map(g -> g.note().orElse(c.moments().date(g.at()))).collect(Collectors.joining("; ")) + ")");
    }
}
