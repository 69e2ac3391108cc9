/**
 * A rep's or a team's data as a zip a spreadsheet opens cleanly: one CSV per kind of record (UTF-8 with a byte
 * order mark, CRLF, a header row, times in ISO 8601 in the rep's zone, formula-looking cells escaped) and one JSON
 * file with everything, ids included. Written as the store hands the records over, never held whole. Commons CSV
 * writes the sheets; the BSON library's streaming {@code JsonWriter} writes the JSON (no storage is touched here).
 */
package com.referralcoach.core.export;
