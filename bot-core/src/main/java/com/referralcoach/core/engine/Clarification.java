package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The question the bot asks instead of guessing when a name fits more than one person. */
final class Clarification {
    private static final int SHOWN = 5;

    private Clarification() {
    }

    static Reply whichOne(PersonRef ref, List<Contact> candidates, String originalText) {
        List<Contact> shown = candidates.stream().limit(SHOWN).toList();
        String names = String.join(", ", shown.stream().map(Contact::label).toList());
        String more = candidates.size() > SHOWN ? " and " + (candidates.size() - SHOWN) + " more" : "";
        List<SuggestedAction> actions = shown.stream()
                .map(c -> SuggestedAction.send(c.label(), retyped(originalText, ref, c, candidates)))
                .filter(action -> !action.message().equals(originalText)) // a form's fields hold no text to retype
                .toList();
        return Reply.of("Which " + ref.name().display() + " do you mean: " + names + more
                        + "? I didn't save anything; say it again with the full name or the company.")
                .withActions(actions);
    }

    /** The rep's message with the name they typed replaced by one candidate's unambiguous name. */
    private static String retyped(String text, PersonRef ref, Contact chosen, List<Contact> all) {
        boolean twins = all.stream().filter(c -> c.name().key().equals(chosen.name().key())).count() > 1;
        String name = twins ? chosen.label() : chosen.name().display();
        Matcher typed = Pattern.compile(Pattern.quote(ref.name().display()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (!typed.find()) {
            return text.toLowerCase(Locale.ROOT).startsWith("contact ") ? "contact " + name : text;
        }
        return text.substring(0, typed.start()) + name + text.substring(typed.end());
    }
}
