package com.referralcoach.core.export;

import com.referralcoach.core.port.RepRecords;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriter;
import org.bson.json.JsonWriterSettings;

/**
 * Writes an export as a zip, straight into the stream it is given: {@code contacts.csv}, {@code meetings.csv},
 * {@code asks.csv}, {@code referrals.csv}, {@code reminders.csv}, {@code goals.csv}, {@code relationship-events.csv},
 * {@code business.csv},
 * then {@code referral-coach.json} with all of it. The records are read twice (the sheets, then the JSON), each
 * time one at a time; only the workspace's contact names are kept meanwhile, to name people in the sheets.
 */
public final class ExportArchive {
    public static final String JSON = "referral-coach.json";
    private static final CSVFormat SHEET = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final RepRecords records;

    public ExportArchive(RepRecords records) {
        this.records = records;
    }

    /** Writes the zip of {@code scope} into {@code out} (finished, not closed) and counts what it holds. */
    public ExportCounts write(ExportScope scope, OutputStream out) throws IOException {
        Timestamps times = new Timestamps(scope.byId(), scope.zone());
        Map<String, String> names = new HashMap<>();
        ExportRows rows = new ExportRows(times, names);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var ws = scope.workspace();
        var reps = scope.repIds();
        long contacts = sheet(zip, scope.at(), "contacts.csv", ExportRows.CONTACTS, row -> records.contacts(ws, c -> {
            names.put(c.id().value(), c.name().display());
            row.accept(rows.contact(c));
        }));
        long meetings = sheet(zip, scope.at(), "meetings.csv", ExportRows.MEETINGS,
                row -> records.meetings(ws, reps, m -> row.accept(rows.meeting(m))));
        long asks = sheet(zip, scope.at(), "asks.csv", ExportRows.ASKS,
                row -> records.asks(ws, reps, a -> row.accept(rows.ask(a))));
        long referrals = sheet(zip, scope.at(), "referrals.csv", ExportRows.REFERRALS,
                row -> records.referrals(ws, reps, r -> row.accept(rows.referral(r))));
        long reminders = sheet(zip, scope.at(), "reminders.csv", ExportRows.REMINDERS,
                row -> records.reminders(ws, reps, r -> row.accept(rows.reminder(r))));
        long goals = sheet(zip, scope.at(), "goals.csv", ExportRows.GOALS,
                row -> records.goals(ws, scope.goalOwners(), g -> row.accept(rows.goal(g))));
        long events = sheet(zip, scope.at(), "relationship-events.csv", ExportRows.EVENTS,
                row -> records.events(ws, reps, e -> row.accept(rows.event(e))));
        long business = sheet(zip, scope.at(), "business.csv", ExportRows.BUSINESS,
                row -> records.business(ws, reps, b -> row.accept(rows.business(b))));
        names.clear();
        json(zip, scope, times);
        zip.finish();
        return new ExportCounts(contacts, meetings, asks, referrals, reminders, goals, events, business);
    }

    private static long sheet(ZipOutputStream zip, Instant at, String file, List<String> header,
                              Consumer<Consumer<List<String>>> source) throws IOException {
        zip.putNextEntry(entry(file, at));
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, SHEET);
        printer.printRecord(header);
        long[] count = {0};
        try {
            source.accept(row -> {
                try {
                    printer.printRecord(row);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        zip.closeEntry();
        return count[0];
    }

    private void json(ZipOutputStream zip, ExportScope scope, Timestamps times) throws IOException {
        zip.putNextEntry(entry(JSON, scope.at()));
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        JsonWriter json = new JsonWriter(writer, JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
                .indent(true).build());
        JsonRecords write = new JsonRecords(json, times);
        var ws = scope.workspace();
        var reps = scope.repIds();
        try {
            json.writeStartDocument();
            json.writeString("workspace", ws.value());
            json.writeString("exportedAt", times.ofAsker(scope.at()));
            array(json, "reps", () -> scope.reps().forEach(write::rep));
            array(json, "contacts", () -> records.contacts(ws, write::contact));
            array(json, "meetings", () -> records.meetings(ws, reps, write::meeting));
            array(json, "asks", () -> records.asks(ws, reps, write::ask));
            array(json, "referrals", () -> records.referrals(ws, reps, write::referral));
            array(json, "reminders", () -> records.reminders(ws, reps, write::reminder));
            array(json, "goals", () -> records.goals(ws, scope.goalOwners(), write::goal));
            array(json, "relationshipEvents", () -> records.events(ws, reps, write::event));
            array(json, "business", () -> records.business(ws, reps, write::business));
            json.writeEndDocument();
            json.flush();
        } catch (org.bson.BSONException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        writer.flush();
        zip.closeEntry();
    }

    private static void array(JsonWriter json, String name, Runnable items) {
        json.writeStartArray(name);
        items.run();
        json.writeEndArray();
    }

    private static ZipEntry entry(String name, Instant at) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(at));
        return entry;
    }
}
