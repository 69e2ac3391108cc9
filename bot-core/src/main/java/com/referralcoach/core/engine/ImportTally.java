package com.referralcoach.core.engine;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of an import counted as planned: new, known (and filled in), skipped with the first few reasons. */
final class ImportTally {
    private static final int REASONS_SHOWN = 3;

    private int created;
    private int known;
    private int filled;
    private int dated;
    private int skipped;
    private final List<String> reasons = new ArrayList<>();

    void add(RowPlan plan) {
        if (plan instanceof RowPlan.Create create) {
            created++;
            dated += (create.birthday().isPresent() ? 1 : 0) + (create.customerSince().isPresent() ? 1 : 0);
        } else if (plan instanceof RowPlan.Complete complete) {
            known++;
            filled += complete.fill().isEmpty() ? 0 : 1;
            dated += (complete.birthday().isPresent() ? 1 : 0) + (complete.customerSince().isPresent() ? 1 : 0);
        } else {
            skipped++;
            if (reasons.size() < REASONS_SHOWN) {
                reasons.add(((RowPlan.Skip) plan).said());
            }
        }
    }

    int created() {
        return created;
    }

    int known() {
        return known;
    }

    int filled() {
        return filled;
    }

    int dated() {
        return dated;
    }

    int skipped() {
        return skipped;
    }

    int rows() {
        return created + known + skipped;
    }

    /** "line 17: no name; line 40: ...; and 2 more" */
    String reasons() {
        return String.join("; ", reasons) + (skipped > reasons.size() ? "; and " + count(skipped - reasons.size())
                + " more" : "");
    }

    static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    static String people(int n) {
        return count(n) + (n == 1 ? " person" : " people");
    }

    static String rows(int n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }
}
