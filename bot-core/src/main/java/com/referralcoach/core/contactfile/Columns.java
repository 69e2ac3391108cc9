package com.referralcoach.core.contactfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A header's mapped columns: for each kind, the positions of the cells that may hold it, in header order. */
final class Columns {
    private final Map<Column, List<Integer>> positions;

    private Columns(Map<Column, List<Integer>> positions) {
        this.positions = positions;
    }

    static Columns of(List<String> header) {
        Map<Column, List<Integer>> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            int at = i;
            Column.of(header.get(i)).ifPresent(c -> positions.computeIfAbsent(c, k -> new ArrayList<>()).add(at));
        }
        return new Columns(positions);
    }

    /** True when a name can be read: a first, last or full name column. */
    boolean named() {
        return positions.containsKey(Column.FIRST) || positions.containsKey(Column.LAST)
                || positions.containsKey(Column.FULL);
    }

    /** The first non-blank cell of this kind in {@code row}, stripped. */
    Optional<String> in(List<String> row, Column column) {
        for (int at : positions.getOrDefault(column, List.of())) {
            if (at < row.size() && !row.get(at).isBlank()) {
                return Optional.of(row.get(at).strip());
            }
        }
        return Optional.empty();
    }
}
