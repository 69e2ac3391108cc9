package com.referralcoach.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/** The attendees and organizer of an event, as addresses; one without a usable address is left out. */
final class EventPeople {
    private EventPeople() {
    }

    static List<Attendee> attendees(Component event) {
        List<Property> properties = event.getProperties(Property.ATTENDEE);
        List<Attendee> attendees = new ArrayList<>();
        for (Property property : properties) {
            address(property).ifPresent(email -> attendees.add(new Attendee(email, parameter(property, Parameter.CN),
                    parameter(property, Parameter.CUTYPE).map(AttendeeKind::of).orElse(AttendeeKind.INDIVIDUAL),
                    parameter(property, Parameter.PARTSTAT).map(Participation::of)
                            .orElse(Participation.NEEDS_ACTION))));
        }
        return attendees;
    }

    static Optional<String> organizer(Component event) {
        Optional<Property> organizer = event.getProperty(Property.ORGANIZER);
        return organizer.flatMap(EventPeople::address);
    }

    /** The mailto: address of a calendar user, else its EMAIL parameter (Google sets both). */
    private static Optional<String> address(Property property) {
        String value = property.getValue() == null ? "" : property.getValue().strip();
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            value = value.substring(7);
        }
        Optional<String> email = plausible(value);
        return email.isPresent() ? email : parameter(property, "EMAIL").flatMap(EventPeople::plausible);
    }

    private static Optional<String> plausible(String value) {
        String email = value.strip().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        boolean ok = at > 0 && at < email.length() - 1 && email.indexOf('@') == at && email.indexOf(' ') < 0
                && email.indexOf(':') < 0;
        return ok ? Optional.of(email) : Optional.empty();
    }

    private static Optional<String> parameter(Property property, String name) {
        Optional<Parameter> parameter = property.getParameter(name);
        return parameter.map(Parameter::getValue).map(v -> v.replace("\"", "").strip()).filter(v -> !v.isEmpty());
    }
}
