package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.FileRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows taken a batch at a time ({@link ImportBatches#SIZE}): the people they may name are looked up for the whole
 * batch ({@link KnownPeople#load}), then each row is planned in file order and handed on, then {@code afterBatch}
 * runs (the import writes the batch there, so the next batch's lookup finds its people).
 */
final class RowGroups {
    private final KnownPeople known;
    private final RowPlanner planner;
    private final Consumer<RowPlan> then;
    private final Runnable afterBatch;
    private final List<FileRow> rows = new ArrayList<>(ImportBatches.SIZE);

    RowGroups(KnownPeople known, RowPlanner planner, Consumer<RowPlan> then, Runnable afterBatch) {
        this.known = known;
        this.planner = planner;
        this.then = then;
        this.afterBatch = afterBatch;
    }

    void add(FileRow row) {
        rows.add(row);
        if (rows.size() >= ImportBatches.SIZE) {
            flush();
        }
    }

    /** Plans the rows gathered, if any. */
    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        known.load(rows.stream().filter(FileRow.Person.class::isInstance)
                .map(row -> ((FileRow.Person) row).details()).toList());
        rows.forEach(row -> then.accept(planner.plan(row)));
        rows.clear();
        afterBatch.run();
    }
}
