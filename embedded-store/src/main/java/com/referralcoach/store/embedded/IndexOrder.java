package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order an {@link EqualityIndex} keeps the documents of one kept prefix in, when the index's keys after that
 * prefix are one field and then {@code _id} (a meeting's end, an ask's time, a referral's arrival): so that "the
 * latest 20 meetings of this rep with this person" reads 20 documents, not the whole history, as MongoDB reads them
 * from its index. Values compare as the server's {@code $sort} compares them ({@link ValueComparator}), and
 * {@code _id} makes the order total, so a read in this order is exactly what a sort would give.
 */
record IndexOrder(String field, boolean fieldAscending, boolean idAscending) {
    private static final String ID = "_id";

    /** The order of the keys after the first {@code kept}, or null when they are not one field and then _id. */
    static IndexOrder of(List<IndexKey> keys, int kept) {
        if (keys.size() != kept + 2 || !keys.get(kept + 1).getKey().equals(ID) || keys.get(kept).getKey().equals(ID)) {
            return null;
        }
        return new IndexOrder(keys.get(kept).getKey(), keys.get(kept).isAscending(), keys.get(kept + 1).isAscending());
    }

    /** A document's place: its value of the field and its id. */
    record Place(Object value, Object id) {
    }

    /** The document's place, or null when the field or the id holds an array (which sorts by its elements). */
    Place place(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        Object id = document.get(ID);
        return value instanceof Collection || id instanceof Collection ? null : new Place(value, id);
    }

    Comparator<Place> comparator() {
        Comparator<Object> values = fieldAscending ? ValueComparator.asc() : ValueComparator.desc();
        Comparator<Object> ids = idAscending ? ValueComparator.asc() : ValueComparator.desc();
        return (a, b) -> {
            int byValue = values.compare(a.value(), b.value());
            return byValue != 0 ? byValue : ids.compare(a.id(), b.id());
        };
    }

    /** 1 when {@code sort} is this order, -1 when it is this order reversed, 0 when it is another. */
    int direction(Document sort) {
        if (sort.size() != 2 || !(sort.get(field) instanceof Number byField) || !(sort.get(ID) instanceof Number byId)
                || !sort.keySet().iterator().next().equals(field)) {
            return 0;
        }
        boolean fieldUp = byField.intValue() > 0;
        boolean idUp = byId.intValue() > 0;
        if (fieldUp == fieldAscending && idUp == idAscending) {
            return 1;
        }
        return fieldUp != fieldAscending && idUp != idAscending ? -1 : 0;
    }
}
