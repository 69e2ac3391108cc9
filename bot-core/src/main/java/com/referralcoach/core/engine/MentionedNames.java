package com.referralcoach.core.engine;

import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.PersonRef;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the people and companies a command mentions (the keys the contact book looks them up by): every
 * {@link PersonRef} among its fields, alone, optional or in a list, and the company each names. The store reads their
 * records ahead of the handler (see {@link com.referralcoach.core.port.ReadAhead}).
 */
final class MentionedNames {
    private static final ClassValue<RecordComponent[]> FIELDS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };

    private MentionedNames() {
    }

    static Set<String> in(Command command) {
        Set<String> keys = new LinkedHashSet<>();
        for (RecordComponent field : FIELDS.get(command.getClass())) {
            Object value;
            try {
                value = field.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            add(keys, value);
        }
        keys.remove("");
        return keys;
    }

    private static void add(Set<String> keys, Object value) {
        if (value instanceof PersonRef person) {
            keys.add(person.name().key());
            person.company().map(PersonName::keyOf).ifPresent(keys::add);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> add(keys, inner));
        } else if (value instanceof Collection<?> many && many.size() <= 10) {
            many.forEach(inner -> add(keys, inner));
        }
    }
}
