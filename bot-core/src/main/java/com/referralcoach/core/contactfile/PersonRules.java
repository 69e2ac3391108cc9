package com.referralcoach.core.contactfile;

import com.referralcoach.core.domain.PersonName;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a row must hold to become a person, whatever the format: a name of at most {@value PersonName#MAX_LENGTH}
 * characters, an email that looks like one, texts of sensible length, dates that are dates. Of several values in one
 * cell (Google joins them with " ::: ") the first is kept. Text is never interpreted: "=HYPERLINK(...)" stays text.
 */
final class PersonRules {
    static final int MOST_TEXT = 200;
    static final int MOST_NOTES = 5_000;
    private static final String SEVERAL = " ::: ";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The cells of one row or card, as found (empty: no such cell or blank). */
    record Cells(Optional<String> name, Optional<String> company, Optional<String> email, Optional<String> phone,
                 Optional<String> title, Optional<String> notes, Optional<String> birthday,
                 Optional<String> customerSince) {
    }

    private PersonRules() {
    }

    static FileRow row(String place, Cells cells) {
        Optional<String> name = cells.name().map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return new FileRow.Unreadable(place, "no name");
        }
        if (name.get().length() > PersonName.MAX_LENGTH) {
            return new FileRow.Unreadable(place, "the name is longer than " + PersonName.MAX_LENGTH + " characters");
        }
        Optional<String> email = first(cells.email());
        if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
            return new FileRow.Unreadable(place, "\"" + shortened(email.get()) + "\" is not an email address");
        }
        for (Optional<String> text : java.util.List.of(cells.company(), email, cells.phone(), cells.title())) {
            if (first(text).filter(t -> t.length() > MOST_TEXT).isPresent()) {
                return new FileRow.Unreadable(place, "a value is longer than " + MOST_TEXT + " characters");
            }
        }
        if (cells.notes().filter(n -> n.length() > MOST_NOTES).isPresent()) {
            return new FileRow.Unreadable(place, "the notes are longer than " + MOST_NOTES + " characters");
        }
        Optional<DateCells.Day> birthday = cells.birthday().flatMap(DateCells::read);
        if (cells.birthday().isPresent() && birthday.isEmpty()) {
            return new FileRow.Unreadable(place, "the birthday \"" + shortened(cells.birthday().get())
                    + "\" is not a date");
        }
        Optional<LocalDate> since = cells.customerSince().flatMap(DateCells::read).flatMap(DateCells.Day::date);
        if (cells.customerSince().isPresent() && since.isEmpty()) {
            return new FileRow.Unreadable(place, "the customer-since date \"" + shortened(cells.customerSince().get())
                    + "\" is not a date with a year");
        }
        return new FileRow.Person(place, new PersonDetails(new PersonName(name.get()), first(cells.company()), email,
                first(cells.phone()), first(cells.title()), cells.notes(), birthday.map(DateCells.Day::day), since));
    }

    /** The first of several values in a cell, stripped; nothing when blank. */
    static Optional<String> first(Optional<String> cell) {
        return cell.map(c -> c.contains(SEVERAL) ? c.substring(0, c.indexOf(SEVERAL)) : c).map(String::strip)
                .filter(c -> !c.isEmpty());
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
