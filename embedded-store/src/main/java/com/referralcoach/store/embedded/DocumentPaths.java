package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The values an index key takes in a document, as equality sees them. */
final class DocumentPaths {
    private DocumentPaths() {
    }

    /**
     * The values at {@code path} (dotted): the value itself, or each element of an array (null for an empty one
     * or a missing field); null when the path crosses an array before its end, which this index does not follow.
     */
    static List<Object> values(Document document, String path) {
        Object value = document;
        for (String part : path.split("\\.")) {
            if (value instanceof Document current) {
                value = current.get(part);
            } else if (value instanceof Collection) {
                return null;
            } else {
                value = null;
            }
        }
        if (value instanceof Collection<?> elements) {
            if (elements.isEmpty()) {
                return Collections.singletonList(null);
            }
            return new ArrayList<>(elements);
        }
        return Collections.singletonList(value);
    }
}
