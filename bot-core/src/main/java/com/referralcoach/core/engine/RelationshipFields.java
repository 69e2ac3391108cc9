package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.port.ReferralLedger;
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

    private final ReferralLedger referrals;
    private final Relationships relationships;

    RelationshipFields(ReferralLedger referrals, Relationships relationships) {
        this.referrals = referrals;
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
        standing.add("check in every " + r.cadenceDays() + " days"
                + r.checkInDue().map(d -> " (next " + moments.date(d) + ")").orElse(""));
        r.birthday().ifPresent(b -> standing.add("birthday " + DAY.format(b)));
        r.customerSince().ifPresent(s -> standing.add("customer since " + DATE.format(s)));
        List<Field> fields = new ArrayList<>(List.of(new Field("Relationship", String.join(" · ", standing))));
        endorsements(r, moments).ifPresent(fields::add);
        fields.add(givenAndGot(person, r, c));
        return fields;
    }

    private static java.util.Optional<Field> endorsements(Relationship r, Moments moments) {
        List<String> lines = new ArrayList<>();
        for (Endorsement kind : Endorsement.values()) {
            r.latest(kind.received()).ifPresent(e -> lines.add(kind.label() + " received " + moments.date(e.at())));
            r.awaiting(kind).ifPresent(a -> lines.add(kind.label() + " asked " + moments.date(a) + ", waiting"));
        }
        return lines.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Field("Testimonials", String.join(" · ", lines)));
    }

    private Field givenAndGot(Contact person, Relationship r, Conversation c) {
        List<RelationshipEvent> given = r.all(RelationshipEventKind.REFERRAL_GIVEN);
        int got = referrals.fromReferrer(c.workspace(), c.rep().id(), person.id()).size();
        String gave = given.isEmpty() ? "you gave none yet" : "you gave " + given.size() + " ("
                + given.stream().map(g -> g.note().orElse(c.moments().date(g.at()))).collect(Collectors.joining("; "))
                + ")";
        return new Field("Given and got", gave + "; they gave you " + got);
    }
}
