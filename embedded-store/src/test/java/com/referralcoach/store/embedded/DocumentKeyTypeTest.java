package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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

    /** Ids as the bot and the library make them: UUIDs, derived strings (accents, emoji), numbers, ObjectIds. */
    private static List<Object> ids(Random random) {
        List<Object> ids = new ArrayList<>();
        String[] pieces = {"", "a", "A", "W1|c|", "Zoë", "zoe", "\uD83D\uDE00", "\uFF21", "\u00e9", "ws|rep|42", "~"};
        for (int i = 0; i < 60; i++) {
            ids.add(pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)]
                    + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100))));
            ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        for (int value : new int[] {0, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            ids.add(value);
            ids.add((long) value);
            ids.add((double) value);
        }
        for (int i = 0; i < 20; i++) {
            ids.add(random.nextInt(2000) - 1000);
            ids.add(random.nextLong());
            ids.add(new ObjectId());
        }
        ids.add(Long.MAX_VALUE);
        ids.add(Long.MIN_VALUE);
        ids.add(Missing.getInstance());
        return ids;
    }
}
