package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a query asks of an index's leading keys: the plain values it requires for the first {@link #length()} keys,
 * as every combination of them ({@link #prefixes()}). A document the query matches has one of these prefixes.
 * Other conditions (ranges, regexes, {@code $or}, later keys) are left to the server, which applies the whole query.
 */
record Lookup(int length, List<KeyValue> prefixes) {

    /** The lookup for these index keys, or null when the query gives no plain value for the first key. */
    static Lookup of(Document query, List<String> keys, int maxCombinations) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        collect(query, values);
        List<List<Object>> combinations = new ArrayList<>();
        combinations.add(List.of());
        int length = 0;
        for (String key : keys) {
            List<Object> wanted = values.get(key);
            if (wanted == null || combinations.size() * wanted.size() > maxCombinations) {
                break;
            }
            combinations = extend(combinations, wanted);
            length++;
        }
        if (length == 0) {
            return null;
        }
        return new Lookup(length, combinations.stream().map(c -> new KeyValue(c).normalized()).toList());
    }

    /** Each combination followed by each value in turn: the combinations one key longer. */
    static List<List<Object>> extend(List<List<Object>> combinations, List<Object> values) {
        List<List<Object>> longer = new ArrayList<>(combinations.size() * values.size());
        for (List<Object> combination : combinations) {
            for (Object value : values) {
                List<Object> next = new ArrayList<>(combination);
                next.add(value);
                longer.add(next);
            }
        }
        return longer;
    }

    /** Gathers each field's plain values from the query and its {@code $and}; a field's first condition wins. */
    private static void collect(Document query, Map<String, List<Object>> values) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        collect(document, values);
                    }
                }
            } else if (!field.startsWith("$") && !values.containsKey(field)) {
                List<Object> plain = plainValues(entry.getValue());
                if (plain != null) {
                    values.put(field, plain);
                }
            }
        }
    }

    /** The values a condition accepts, when it accepts only plain values; null otherwise. */
    private static List<Object> plainValues(Object condition) {
        if (condition instanceof Document operators) {
            if (operators.containsKey("$eq")) {
                Object value = operators.get("$eq");
                return isPlain(value) ? List.of(value) : null;
            }
            if (operators.get("$in") instanceof Collection<?> in && !in.isEmpty()
                    && in.stream().allMatch(Lookup::isPlain)) {
                return new ArrayList<>(in);
            }
            return null;
        }
        return isPlain(condition) ? List.of(condition) : null;
    }

    /** A value that equality matches as itself: not null (which also matches a missing field), not an array,
     * not a document and not a regular expression. */
    private static boolean isPlain(Object value) {
        return value != null && !(value instanceof Collection) && !(value instanceof Map)
                && !(value instanceof Pattern) && !(value instanceof BsonRegularExpression)
                && !(value instanceof Missing);
    }
}
