package com.referralcoach.core.language;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Whether a command read by the strict grammar names real people and companies: "the COO", "Ruth Ames for a Google
 * review" or a company "Quarry - talked about their audit" mean the grammar took too much, and the reading is
 * dropped for the looser one.
 */
final class SoundReading {
    private SoundReading() {
    }

    static boolean sound(Command command) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = value(component, command);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value instanceof PersonRef person && !sound(person)) {
                return false;
            }
        }
        return true;
    }

    static boolean sound(PersonRef person) {
        String name = person.name().display();
        return (NameShape.person(name) || NameShape.company(name))
                && person.company().map(NameShape::company).orElse(true);
    }

    private static Object value(RecordComponent component, Command command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
