package com.referralcoach.core.store.mongo;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.language.Command;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * A typed {@link Command} <-> a BSON document, for any command record: {@code {type: "LogMeeting", person: {...},
 * ...}}, one field per record component. Nested records become documents, {@code Optional}s are left out when
 * empty, lists and sets become arrays, enums their names, and times, dates, zones and amounts their ISO text, so
 * every value comes back exactly (through the record's own constructor, which checks it again).
 */
final class CommandCodec {
    static final String TYPE = "type";
    private static final Map<Class<?>, Function<String, Object>> TEXTUAL = Map.of(
            Instant.class, Instant::parse, LocalDate.class, LocalDate::parse, LocalTime.class, LocalTime::parse,
            MonthDay.class, MonthDay::parse, YearMonth.class, YearMonth::parse, Duration.class, Duration::parse,
            ZoneId.class, ZoneId::of, BigDecimal.class, BigDecimal::new);
    private static final Map<String, Class<?>> COMMANDS = Arrays.stream(Command.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, c -> c));

    private CommandCodec() {
    }

    static Document encode(Command command) {
        Document document = new Document(TYPE, command.getClass().getSimpleName());
        document.putAll(fields((Record) command));
        return document;
    }

    static Command decode(Document document) {
        Class<?> type = COMMANDS.get(document.getString(TYPE));
        if (type == null) {
            throw new ReferralCoachException("no command type " + document.getString(TYPE));
        }
        return (Command) record(type, document);
    }

    private static Document fields(Record value) {
        Document document = new Document();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = get(component, value);
            if (!(field instanceof Optional<?> optional && optional.isEmpty())) {
                document.append(component.getName(), write(field));
            }
        }
        return document;
    }

    private static Object write(Object value) {
        if (value instanceof Optional<?> optional) {
            return write(optional.orElseThrow());
        }
        if (value instanceof Command command) {
            return encode(command);
        }
        if (value instanceof Record record) {
            return fields(record);
        }
        if (value instanceof List<?> || value instanceof Set<?>) {
            return ((java.util.Collection<?>) value).stream().map(CommandCodec::write).toList();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean) {
            return value;
        }
        if (TEXTUAL.containsKey(value.getClass()) || value instanceof ZoneId) {
            return value.toString();
        }
        throw new ReferralCoachException("cannot store a " + value.getClass().getName() + " in a command");
    }

    private static Object record(Class<?> type, Document document) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(components[i].getGenericType(), document.get(components[i].getName()));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new ReferralCoachException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Type type, Object stored) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Optional.class) {
            return stored == null ? Optional.empty() : Optional.of(read(argument(type), stored));
        }
        if (raw == List.class || raw == Set.class) {
            List<Object> items = new ArrayList<>();
            ((List<?>) stored).forEach(item -> items.add(read(argument(type), item)));
            return raw == List.class ? List.copyOf(items) : new LinkedHashSet<>(items);
        }
        if (raw == Command.class) {
            return decode((Document) stored);
        }
        if (raw.isRecord()) {
            return record(raw, (Document) stored);
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<Enum>) raw, (String) stored);
        }
        if (raw == int.class || raw == Integer.class) {
            return ((Number) stored).intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return ((Number) stored).longValue();
        }
        if (raw == boolean.class || raw == Boolean.class || raw == String.class) {
            return stored;
        }
        Function<String, Object> parse = TEXTUAL.get(raw);
        if (parse != null) {
            return parse.apply((String) stored);
        }
        throw new ReferralCoachException("cannot read a stored " + raw.getName() + " in a command");
    }

    private static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static Object get(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new ReferralCoachException("cannot read " + component.getName() + " of a command", e);
        }
    }
}
