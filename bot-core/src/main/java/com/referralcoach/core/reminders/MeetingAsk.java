package com.referralcoach.core.reminders;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's ask at the end of a meeting, as a part that joins the asks for the others in the same meeting: a
 * meeting with several customers (a calendar event) logs one meeting, and plans one ask, per customer, and their asks
 * come in one message. The {@code meeting} key is the same for a rep's meetings with the same start and end.
 *
 * @param meeting the meeting's start and end, which the asks of one meeting share
 * @param person  how the person is shown ("Ann Lo (Vela)")
 * @param first   the person's first name, which tells their buttons apart
 * @param topic   the meeting's topic, if it has one
 * @param ask     what is said about this person: the ask and its quick actions, or why to hold it
 */
public record MeetingAsk(String meeting, String person, String first, Optional<String> topic, Reply ask)
        implements MeetingPart {
    public MeetingAsk {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(ask, "ask");
    }

    /**
     * The asks of one meeting in one message: the meeting once, then each person's ask under their name (people in
     * alphabetical order, as the reminders come in no set order), each with its own quick actions, labelled with the
     * person's first name; a click on one person's button settles that person's buttons only
     * ({@link SuggestedAction#settledBy}).
     */
    public static Reply together(List<MeetingAsk> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no asks to put together");
        }
        List<MeetingAsk> asks = parts.stream()
                .sorted(java.util.Comparator.comparing(MeetingAsk::person, String.CASE_INSENSITIVE_ORDER)).toList();
        MeetingAsk first = asks.get(0);
        List<String> people = asks.stream().map(MeetingAsk::person).toList();
        StringBuilder text = new StringBuilder("Your meeting").append(first.topic().map(t -> " about " + t).orElse(""))
                .append(" with ").append(names(people)).append(" has ended: one ask for each.");
        List<Field> fields = new ArrayList<>();
        List<SuggestedAction> actions = new ArrayList<>();
        for (MeetingAsk ask : asks) {
            text.append("\n\n").append(ask.person()).append(": ").append(ask.ask().text());
            fields.addAll(ask.ask().fields());
            ask.ask().actions().forEach(a -> actions.add(a.about(ask.person(), ask.first())));
        }
        return new Reply(text.toString(), fields, actions);
    }

    private static String names(List<String> people) {
        if (people.size() == 1) {
            return people.get(0);
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1);
    }
}
