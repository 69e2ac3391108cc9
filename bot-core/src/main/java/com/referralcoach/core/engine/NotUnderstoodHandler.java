package com.referralcoach.core.engine;

import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.Unknown;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;

/**
 * A message the parser could not place: a known person's name alone shows that person ("Jane Doe", "Jane"), as a
 * rep typing a name wants to see where they stand; anything else gets the closest thing it could have meant, with an
 * example.
 */
final class NotUnderstoodHandler implements CommandHandler<Unknown> {
    /** A name is a few words: a longer message that was not understood is not looked up. */
    private static final int NAME_WORDS = 4;

    private final PeopleFinder people;
    private final ContactView contacts;

    NotUnderstoodHandler(PeopleFinder people, ContactView contacts) {
        this.people = people;
        this.contacts = contacts;
    }

    @Override
    public Reply handle(Unknown command, Conversation conversation) {
        String text = conversation.text().strip();
        if (text.isEmpty()) {
            return Reply.of("Say something like \"met Jane Doe at Acme about the Q3 rollout\", or \"help\".");
        }
        if (couldBeAName(text)) {
            PersonRef ref = PersonRef.of(text);
            PersonMatch match = people.find(conversation.workspace(), ref);
            if (!(match instanceof PersonMatch.NotFound)) {
                return contacts.show(ref, match, conversation);
            }
        }
        String meant = command.closest().contains(" ")
                ? "Did you mean " + command.closest() + "? Say: " + command.example()
                : "Did you mean \"" + command.closest() + "\"? For example: " + command.example();
        return Reply.of("Sorry, I didn't get that; nothing was saved. " + meant)
                .withActions(List.of(SuggestedAction.send("Help", "help")));
    }

    private static boolean couldBeAName(String text) {
        return text.length() <= PersonName.MAX_LENGTH && text.split("\\s+").length <= NAME_WORDS
                && text.codePoints().anyMatch(Character::isLetter);
    }
}
