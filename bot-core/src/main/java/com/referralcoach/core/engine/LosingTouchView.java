package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.ShowLosingTouch;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** "losing touch": the people most overdue for a check-in, with what was discussed last. */
final class LosingTouchView implements CommandHandler<ShowLosingTouch> {
    private static final int SHOWN = 10;

    private final RepPeople people;
    private final Relationships relationships;

    LosingTouchView(RepPeople people, Relationships relationships) {
        this.people = people;
        this.relationships = relationships;
    }

    @Override
    public Reply handle(ShowLosingTouch command, Conversation c) {
        Instant now = c.instant();
        List<Map.Entry<Contact, Relationship>> overdue = people.of(c.rep()).stream()
                .map(p -> Map.entry(p, relationships.of(c.rep().id(), p, now)))
                .filter(e -> e.getValue().checkInDue().filter(due -> !due.isAfter(now)).isPresent())
                .sorted(Comparator.comparing(e -> e.getValue().checkInDue().get()))
                .limit(SHOWN).toList();
        if (overdue.isEmpty()) {
            return Reply.of("Nobody is overdue for a check-in. Nice: you're keeping in touch between projects.");
        }
        return Reply.of("Losing touch, most overdue first:\n" + overdue.stream().map(e -> line(e, now))
                .collect(Collectors.joining("\n")) + "\nA quick call or something useful is enough.");
    }

    private static String line(Map.Entry<Contact, Relationship> entry, Instant now) {
        Relationship r = entry.getValue();
        long days = Duration.between(r.checkInDue().get(), now).toDays();
        return entry.getKey().label() + " · " + (days == 0 ? "due today" : days + " days overdue")
                + r.lastDiscussed().map(t -> " · last: " + t).orElse("");
    }
}
