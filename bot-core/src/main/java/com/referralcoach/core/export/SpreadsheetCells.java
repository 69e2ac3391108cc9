package com.referralcoach.core.export;

import java.util.Optional;

/**
 * What goes into a spreadsheet cell. A cell a spreadsheet would read as a formula (it starts with {@code =},
 * {@code +}, {@code -} or {@code @}, or a tab or carriage return that some strip first) gets a leading apostrophe,
 * so opening an export never runs anything a contact's name or a note smuggled in (CSV injection).
 */
public final class SpreadsheetCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static String cell(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    static String cell(Optional<?> value) {
        return value.map(String::valueOf).map(SpreadsheetCells::cell).orElse("");
    }
}
