package com.referralcoach.core.store.mongo;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * Whether a stored document holds one person: any text in it (at any depth) holding their contact id, their email
 * (ignoring case), or their full name as whole words (ignoring case and accents, "jose nunez" for "José Núñez").
 * A first name alone is not looked for: it would take out other people's messages.
 */
final class PersonMentions {
    private final String id;
    private final Pattern name;
    private final Optional<String> email;

    private PersonMentions(String id, Pattern name, Optional<String> email) {
        this.id = id;
        this.name = name;
        this.email = email;
    }

    static PersonMentions of(Contact contact) {
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(PersonName.keyOf(contact.name().display()))
                + "(?![\\p{L}\\p{N}])");
        return new PersonMentions(contact.id().value(), name,
                contact.email().map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()));
    }

    /** True when any string in {@code value} (a document, a list, a string) mentions the person. */
    boolean in(Object value) {
        if (value instanceof String text) {
            return mentions(text);
        }
        if (value instanceof Map<?, ?> document) {
            return document.values().stream().anyMatch(this::in);
        }
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(this::in);
        }
        return false;
    }

    boolean in(Document document) {
        return in((Object) document);
    }

    private boolean mentions(String text) {
        if (text.contains(id)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (email.filter(lower::contains).isPresent()) {
            return true;
        }
        return name.matcher(PersonName.keyOf(text)).find();
    }
}
