package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.RenamePerson;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.reply.Reply;

/**
 * "rename Jon Doe to John Doe": the contact keeps its id, so its meetings, asks, referrals and reminders stay with it.
 * A name another known person already has is refused: two people would answer to it.
 */
final class RenameHandler implements CommandHandler<RenamePerson> {
    private final Named named;
    private final PeopleFinder people;
    private final ContactBook contacts;

    RenameHandler(Named named, PeopleFinder people, ContactBook contacts) {
        this.named = named;
        this.people = people;
        this.contacts = contacts;
    }

    @Override
    public Reply handle(RenamePerson command, Conversation c) {
        return named.known(command.person(), c, known -> {
            String from = known.name().display();
            String to = command.newName().display();
            if (known.name().asWritten().equals(command.newName().asWritten())) {
                return Reply.of(from + " is already called that. Nothing changed.");
            }
            if (people.find(c.workspace(), PersonRef.of(to)) instanceof PersonMatch.Found other
                    && !other.contact().id().equals(known.id())
                    && other.contact().name().key().equals(command.newName().key())) {
                return Reply.of("I already know a " + other.contact().label() + ", so I didn't rename " + from
                        + ": two people would answer to that name. Nothing changed.");
            }
            contacts.save(new Contact(known.workspace(), known.id(), command.newName().asWritten(), known.company(),
                    known.email(), known.phone(), known.title(), known.notes(), known.createdAt()));
            return Reply.of("Renamed " + from + " to " + to + "; their meetings, asks, referrals and reminders"
                    + " stay with them. Wrong? Say \"undo\".");
        });
    }
}
