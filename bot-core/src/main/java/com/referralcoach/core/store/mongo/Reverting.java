package com.referralcoach.core.store.mongo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Takes one change back out of a document that may have changed again since: a three-way merge of the document
 * before the change, after it and now. A value nobody touched since goes back to how it was; a counter loses only
 * what the change added ({@code $inc} by others stands); an array loses what the change added and gets back what
 * it removed; a value someone else set since keeps theirs. A version ({@code v}) only ever goes up.
 */
final class Reverting {
    /** A field that is not there (a field holding null is there). */
    private static final Object ABSENT = new Object();

    private Reverting() {
    }

    /** {@code current} with the change from {@code before} to {@code after} taken out; null: no document. */
    static Document revert(Document before, Document after, Document current) {
        if (before == null) {
            return null;
        }
        if (current == null || after == null) {
            return current == null ? before : current;
        }
        Document reverted = (Document) value(before, after, current);
        if (current.get(Fields.V) instanceof Number version) {
            reverted.put(Fields.V, version.longValue() + 1);
        }
        return reverted;
    }

    private static Object value(Object before, Object after, Object current) {
        if (Objects.equals(after, current)) {
            return before;
        }
        if (after instanceof Document a && current instanceof Document c
                && (before == ABSENT || before instanceof Document)) {
            return document(before == ABSENT ? new Document() : (Document) before, a, c, before == ABSENT);
        }
        if (isNumber(after) && isNumber(current) && (before == ABSENT || isNumber(before))) {
            BigDecimal was = before == ABSENT ? BigDecimal.ZERO : decimal(before);
            BigDecimal now = decimal(current).subtract(decimal(after).subtract(was));
            return before == ABSENT && now.signum() == 0 ? ABSENT : sameKind(now, current);
        }
        if (after instanceof List<?> a && current instanceof List<?> c && (before == ABSENT || before instanceof List)) {
            List<?> b = before == ABSENT ? List.of() : (List<?>) before;
            List<Object> reverted = new ArrayList<>(c);
            a.stream().filter(item -> !b.contains(item)).forEach(reverted::remove);
            b.stream().filter(item -> !a.contains(item) && !reverted.contains(item)).forEach(reverted::add);
            return reverted;
        }
        return current;
    }

    private static Object document(Document before, Document after, Document current, boolean wasAbsent) {
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        Document reverted = new Document();
        for (String key : keys) {
            Object value = value(field(before, key), field(after, key), field(current, key));
            if (value != ABSENT) {
                reverted.put(key, value);
            }
        }
        return wasAbsent && reverted.isEmpty() ? ABSENT : reverted;
    }

    private static Object field(Document document, String key) {
        return document.containsKey(key) ? document.get(key) : ABSENT;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Decimal128;
    }

    private static BigDecimal decimal(Object number) {
        if (number instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return number instanceof Double d ? BigDecimal.valueOf(d) : BigDecimal.valueOf(((Number) number).longValue());
    }

    private static Object sameKind(BigDecimal value, Object like) {
        if (like instanceof Decimal128) {
            return new Decimal128(value);
        }
        if (like instanceof Double) {
            return value.doubleValue();
        }
        return like instanceof Integer ? (Object) value.intValue() : (Object) value.longValue();
    }
}
