package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import java.util.List;

/** How a name in a message matched the workspace's contacts. */
sealed interface PersonMatch {
    record Found(Contact contact) implements PersonMatch {
    }

    record NotFound() implements PersonMatch {
    }

    record Ambiguous(List<Contact> candidates) implements PersonMatch {
    }
}
