package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a unique index's keys are kept in the H2 file. H2's default for an unknown class compares two keys by
 * Java-serializing both, on every step of every lookup; this compares them as MongoDB orders values and writes
 * each value with H2's own encoding for strings, numbers and dates.
 */
final class KeyValueType extends BasicDataType<KeyValue> {
    private final ObjectDataType values = new ObjectDataType();
    private static final Comparator<Object> ORDER = ValueComparator.asc();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int result = compareValues(a.get(i), b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Two values of one common class are compared directly, as the library's comparator would after its type checks
     * (strings by {@code compareTo}, numbers by value, ids by their own order): that comparator walks its type list
     * for every value, on every step of every lookup. Anything else goes to it.
     */
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Integer direct = SameKindOrder.compare(a, b);
        if (direct != null) {
            return direct;
        }
        return ORDER.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += value == null ? 8 : values.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            values.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> read = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            read.add(values.read(buffer));
        }
        return new KeyValue(read);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
