package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Missing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection's documents are found by id as before: the direct comparisons of two string, int or long ids sort
 * exactly as H2's own type does, mixed kinds included, and a file written with H2's type reads back with this one.
 */
class DocumentKeyTypeTest {
    @Test
    void idsSortAsH2SortsThem() {
        Random random = new Random(20261207);
        DocumentKeyType type = new DocumentKeyType();
        ObjectDataType h2 = new ObjectDataType();
        List<Object> ids = ids(random);
        for (int i = 0; i < 200_000; i++) {
            Object a = ids.get(random.nextInt(ids.size()));
            Object b = random.nextInt(4) == 0 ? a : ids.get(random.nextInt(ids.size()));
            assertThat(Integer.signum(type.compare(a, b))).as("%s (%s) against %s (%s)", a, kind(a), b, kind(b))
                    .isEqualTo(Integer.signum(h2.compare(a, b)));
        }
    }

    @Test
    void aFileWrittenWithH2sTypeReadsBack(@TempDir Path dir) {
        String file = dir.resolve("ids.mv.db").toString();
        List<Object> ids = ids(new Random(7));
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, String> written = store.openMap("data.meetings");
            ids.forEach(id -> written.put(id, String.valueOf(id)));
        }
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, String> read = store.openMap("data.meetings",
                    new MVMap.Builder<Object, String>().keyType(new DocumentKeyType()));
            assertThat(read.size()).isEqualTo(ids.stream().distinct().count());
            ids.forEach(id -> assertThat(read.get(id)).as("%s (%s)", id, kind(id)).isEqualTo(String.valueOf(id)));
        }
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** {@link MixedKeys}, and the library's key for a document without an id. */
    private static List<Object> ids(Random random) {
        List<Object> ids = new ArrayList<>(MixedKeys.of(random));
        ids.add(Missing.getInstance());
        return ids;
    }
}
