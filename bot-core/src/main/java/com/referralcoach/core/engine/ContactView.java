package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.ShowContact;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** "contact Jane Doe": company, meetings, asks, the referrals they gave and where each stands. */
final class ContactView implements CommandHandler<ShowContact> {
    private static final int RECENT = 3;

    private final PeopleFinder people;
    private final ContactBook contacts;
    private final MeetingLog meetings;
    private final AskLog asks;
    private final ReferralLedger referrals;
    private final RelationshipFields relationship;

    ContactView(PeopleFinder people, ContactBook contacts, MeetingLog meetings, AskLog asks, ReferralLedger referrals,
                RelationshipFields relationship) {
        this.people = people;
        this.contacts = contacts;
        this.meetings = meetings;
        this.asks = asks;
        this.referrals = referrals;
        this.relationship = relationship;
    }

    @Override
    public Reply handle(ShowContact command, Conversation conversation) {
        return show(command.person(), people.find(conversation.workspace(), command.person()), conversation);
    }

    /** The person {@code ref} named, as {@code match} found them. */
    Reply show(PersonRef ref, PersonMatch match, Conversation conversation) {
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(ref, ambiguous.candidates(), conversation.text());
        }
        if (match instanceof PersonMatch.NotFound) {
            return Reply.of("I don't know anyone called " + ref.name().display()
                    + " yet. Log a meeting to add them: \"met " + ref.name().display() + " at Acme\".");
        }
        Contact person = ((PersonMatch.Found) match).contact();
        List<Field> fields = new ArrayList<>();
        person.email().ifPresent(e -> fields.add(new Field("Email", e)));
        person.phone().ifPresent(p -> fields.add(new Field("Phone", p)));
        person.title().ifPresent(t -> fields.add(new Field("Title", t)));
        person.notes().ifPresent(n -> fields.add(new Field("Notes", n)));
        fields.add(meetings(person, conversation));
        fields.add(asks(person, conversation));
        fields.add(referralsGiven(person, conversation));
        leadOf(person, conversation).ifPresent(fields::add);
        fields.addAll(relationship.of(person, conversation));
        return new Reply(person.label(), fields, List.of());
    }

    private Field meetings(Contact person, Conversation c) {
        List<Meeting> all = meetings.withContact(c.workspace(), c.rep().id(), person.id());
        String recent = all.stream().limit(RECENT)
                .map(m -> c.moments().date(m.endsAt()) + m.topic().map(t -> ", " + t).orElse(""))
                .collect(Collectors.joining("; "));
        return new Field("Meetings", all.isEmpty() ? "none yet" : all.size() + ": " + recent);
    }

    private Field asks(Contact person, Conversation c) {
        List<Ask> all = asks.ofContact(c.workspace(), c.rep().id(), person.id());
        String recent = all.stream().limit(RECENT)
                .map(a -> c.moments().date(a.at()) + ": " + a.outcome().label() + a.note().map(n -> " (" + n + ")").orElse(""))
                .collect(Collectors.joining("; "));
        return new Field("Asks", all.isEmpty() ? "not asked yet" : recent);
    }

    private Field referralsGiven(Contact person, Conversation c) {
        List<Referral> given = referrals.fromReferrer(c.workspace(), c.rep().id(), person.id());
        if (given.isEmpty()) {
            return new Field("Referrals given to you", "none yet");
        }
        List<ContactId> leads = given.stream().map(Referral::lead).toList();
        var names = contacts.findAll(c.workspace(), leads).stream()
                .collect(Collectors.toMap(Contact::id, Contact::label));
        String list = given.stream().map(r -> names.getOrDefault(r.lead(), "(unknown)") + ": " + r.stage().label()
                        + r.wonAmount().map(a -> " " + a.display()).orElse(""))
                .collect(Collectors.joining("; "));
        return new Field("Referrals given to you", given.size() + ": " + list);
    }

    private java.util.Optional<Field> leadOf(Contact person, Conversation c) {
        return referrals.forLead(c.workspace(), c.rep().id(), person.id()).stream()
                .reduce((a, b) -> b)
                .map(r -> new Field("Referred lead", r.stage().label() + ", from "
                        + contacts.find(c.workspace(), r.referrer()).map(x -> x.name().display())
                        .orElse("(unknown)") + " " + c.moments().date(r.receivedAt())));
    }
}
