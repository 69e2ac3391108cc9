package com.referralcoach.core.engine;

import java.util.function.Consumer;

/** Says how far a long import has come at each tenth of its rows: "Importing Connections.csv: 4,000 of 10,000 rows". */
final class ProgressLine {
    private final String file;
    private final int total;
    private final Consumer<String> say;
    private int nextTenth = 1;

    ProgressLine(String file, int total, Consumer<String> say) {
        this.file = file;
        this.total = total;
        this.say = say;
    }

    void passed(int rows) {
        if (total < ImportRun.PROGRESS_FROM || nextTenth >= 10 || rows < (long) total * nextTenth / 10) {
            return;
        }
        nextTenth = (int) Math.min(10, (long) rows * 10 / total + 1);
        say.accept("Importing " + file + ": " + ImportTally.count(rows) + " of " + ImportTally.rows(total) + "…");
    }
}
