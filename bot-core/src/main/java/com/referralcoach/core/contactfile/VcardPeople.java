package com.referralcoach.core.contactfile;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextProperty;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A vCard file (versions 2.1 to 4.0, any number of cards) read card by card with ez-vcard, which decodes 2.1's
 * QUOTED-PRINTABLE values and folded lines. The name is FN, else N's given and family names.
 */
final class VcardPeople {
    private VcardPeople() {
    }

    static int read(Reader text, Consumer<FileRow> each) throws IOException {
        int cards = 0;
        try (VCardReader reader = new VCardReader(text)) {
            VCard card;
            while ((card = reader.readNext()) != null) {
                cards++;
                each.accept(PersonRules.row("card " + cards, cells(card)));
            }
        }
        return cards;
    }

    private static PersonRules.Cells cells(VCard card) {
        Optional<String> formatted = Optional.ofNullable(card.getFormattedName()).map(TextProperty::getValue);
        Optional<String> structured = Optional.ofNullable(card.getStructuredName()).map(VcardPeople::joined);
        Optional<String> name = formatted.filter(n -> !n.isBlank()).or(() -> structured);
        Optional<String> company = Optional.ofNullable(card.getOrganization())
                .flatMap(org -> org.getValues().stream().filter(v -> !v.isBlank()).findFirst());
        return new PersonRules.Cells(name, company,
                first(card.getEmails().stream().map(TextProperty::getValue)),
                first(card.getTelephoneNumbers().stream().map(VcardPeople::number)),
                first(card.getTitles().stream().map(TextProperty::getValue)),
                first(card.getNotes().stream().map(TextProperty::getValue)),
                Optional.ofNullable(card.getBirthday()).flatMap(VcardPeople::day), Optional.empty());
    }

    private static String joined(StructuredName name) {
        return String.join(" ", Stream.of(name.getGiven(), name.getFamily()).filter(p -> p != null && !p.isBlank())
                .toList());
    }

    private static String number(Telephone telephone) {
        return telephone.getText() != null ? telephone.getText()
                : telephone.getUri() == null ? "" : telephone.getUri().getNumber();
    }

    /** The birthday as text the date rules read: ISO with a year, "--MM-dd" without. */
    private static Optional<String> day(Birthday birthday) {
        Temporal date = birthday.getDate();
        if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
            return Optional.of(LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)).toString());
        }
        PartialDate partial = birthday.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            return Optional.of(String.format("--%02d-%02d", partial.getMonth(), partial.getDate()));
        }
        return Optional.ofNullable(birthday.getText()).filter(t -> !t.isBlank());
    }

    private static Optional<String> first(Stream<String> values) {
        List<String> filled = values.filter(v -> v != null && !v.isBlank()).limit(1).toList();
        return filled.stream().findFirst();
    }
}
