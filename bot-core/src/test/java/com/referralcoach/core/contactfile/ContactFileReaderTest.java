package com.referralcoach.core.contactfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactFileReaderTest {
    private final ContactFileReader reader = new ContactFileReader();

    static byte[] fixture(String name) {
        try (InputStream in = ContactFileReaderTest.class.getResourceAsStream("/contactfiles/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<FileRow> rows(String name, byte[] bytes) {
        List<FileRow> rows = new ArrayList<>();
        FileReading reading = reader.read(ContactFile.of(name, bytes), rows::add);
        assertThat(reading).as(name).isInstanceOf(FileReading.Read.class);
        assertThat(((FileReading.Read) reading).rows()).isEqualTo(rows.size());
        return rows;
    }

    private List<FileRow> rows(String fixture) {
        return rows(fixture, fixture(fixture));
    }

    private static PersonDetails person(List<FileRow> rows, String name) {
        return rows.stream().filter(FileRow.Person.class::isInstance).map(r -> ((FileRow.Person) r).details())
                .filter(p -> p.name().display().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private String refusal(String name, byte[] bytes) {
        FileReading reading = reader.read(ContactFile.of(name, bytes), row -> { });
        assertThat(reading).as(name).isInstanceOf(FileReading.Refused.class);
        return ((FileReading.Refused) reading).reason();
    }

    @Test
    void linkedInConnectionsSkipTheNotesBeforeTheHeader() {
        List<FileRow> rows = rows("Connections.csv");
        assertThat(rows).hasSize(5);
        assertThat(person(rows, "Bo Park")).isEqualTo(new PersonDetails(new com.referralcoach.core.domain.PersonName(
                "Bo Park"), Optional.of("Kite"), Optional.of("bo.park@kite.io"), Optional.empty(),
                Optional.of("Director, Partnerships"), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(person(rows, "José Núñez").company()).contains("Quarry & Sons");
        assertThat(rows.get(3)).isEqualTo(new FileRow.Unreadable("line 8", "no name"));
    }

    @Test
    void googleCellsWithSeveralValuesKeepTheFirstAndNotesKeepTheirLines() {
        List<FileRow> rows = rows("google-contacts.csv");
        PersonDetails rosa = person(rows, "Rosa Diaz");
        assertThat(rosa.email()).contains("rosa@ninenine.example");
        assertThat(rosa.phone()).contains("+1 555 0100");
        assertThat(rosa.title()).contains("Detective");
        assertThat(rosa.birthday()).contains(MonthDay.of(4, 12));
        assertThat(rosa.notes()).contains("Met at the Brooklyn expo.\nPrefers calls after 4pm.");
        assertThat(person(rows, "Carl Jones").birthday()).contains(MonthDay.of(6, 30));
        assertThat(person(rows, "Eve Hall").company()).contains("=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(rows.get(3)).isEqualTo(new FileRow.Unreadable("line 6", "no name"));
    }

    @Test
    void googleLegacyLayout() {
        List<FileRow> rows = rows("google-legacy.csv");
        assertThat(person(rows, "Tom Lee").company()).contains("Globex");
        assertThat(person(rows, "Tom Lee").title()).contains("Ops Lead");
        assertThat(person(rows, "Tom Lee").birthday()).contains(MonthDay.of(2, 28));
        assertThat(person(rows, "Mia Wong").email()).contains("mia@wong.example");
        assertThat(person(rows, "Mia Wong").notes()).contains("Loves sailing");
    }

    @Test
    void hubSpotCustomersSinceAndABadEmail() {
        List<FileRow> rows = rows("hubspot-contacts.csv");
        PersonDetails nina = person(rows, "Nina Ross");
        assertThat(nina.customerSince()).contains(LocalDate.of(2019, 6, 1));
        assertThat(nina.phone()).contains("+1 555 0111");
        assertThat(nina.title()).contains("COO");
        assertThat(rows.get(2)).isEqualTo(new FileRow.Unreadable("line 4", "\"not-an-email\" is not an email address"));
    }

    @Test
    void salesforceFooterRowsAreNoOne() {
        List<FileRow> rows = rows("salesforce-report.csv");
        assertThat(rows).hasSize(3).allMatch(FileRow.Person.class::isInstance);
        assertThat(person(rows, "Quinn Adams").company()).contains("Umbrella");
        assertThat(person(rows, "Ria Sen").phone()).contains("+1 555 0124");
    }

    @Test
    void vCard21QuotedPrintableAnd40() {
        List<FileRow> old = rows("phone-21.vcf");
        PersonDetails jurgen = person(old, "Jürgen Müller");
        assertThat(jurgen.company()).contains("Bosch");
        assertThat(jurgen.birthday()).contains(MonthDay.of(3, 15));
        assertThat(jurgen.notes().orElseThrow()).startsWith("Met at Hannover Messe");
        assertThat(person(old, "Ada Okafor").phone()).contains("+44 20 7946 0000");
        assertThat(old.get(2)).isEqualTo(new FileRow.Unreadable("card 3", "no name"));

        List<FileRow> recent = rows("contacts-40.vcf");
        PersonDetails lena = person(recent, "Lena Berg");
        assertThat(lena.company()).contains("Saab");
        assertThat(lena.phone()).contains("+46-70-123-4567");
        assertThat(lena.birthday()).contains(MonthDay.of(7, 4));
        assertThat(person(recent, "Kai Nakamura").birthday()).contains(MonthDay.of(11, 2));
    }

    @Test
    void semicolonsLatin1Utf16AndByteOrderMarks() {
        String text = new String(fixture("semicolon.csv"), StandardCharsets.UTF_8);
        for (byte[] bytes : List.of(text.getBytes(StandardCharsets.ISO_8859_1), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16), withBom(text), text.getBytes(StandardCharsets.UTF_8))) {
            List<FileRow> rows = rows("semicolon.csv", bytes);
            assertThat(rows).hasSize(2);
            assertThat(person(rows, "Lars Øberg").notes()).contains("Two lines\nin one note");
            assertThat(person(rows, "Lars Øberg").customerSince()).contains(LocalDate.of(2018, 4, 3));
            assertThat(person(rows, "Hélène Dubois").email()).contains("helene@paris.example");
        }
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void badFilesAreRefusedWithAReason() {
        assertThat(refusal("empty.csv", new byte[0])).isEqualTo("empty.csv is empty.");
        assertThat(refusal("blank.csv", "\n \r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("blank.csv is empty.");
        assertThat(refusal("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}))
                .startsWith("photo.csv looks like an image");
        assertThat(refusal("book.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).contains("save it as CSV");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThat(refusal("data.bin", binary)).isEqualTo("data.bin is not a text file. " + Examples.FORMATS);
        assertThat(refusal("deals.csv", fixture("deals.csv"))).isEqualTo("I couldn't find a name column in deals.csv."
                + " I saw the columns: Account, Amount, Stage. I need \"First Name\" and \"Last Name\", or \"Name\"; I also"
                + " read email, phone, company, title, birthday, customer since and notes columns. Nothing was imported.");
        assertThat(refusal("broken.csv", "Name,Email\n\"Ann Lo,ann@x.example\nBo Park,\"bo\"x\n"
                .getBytes(StandardCharsets.UTF_8))).startsWith("broken.csv is not a CSV file I can read");
        assertThat(refusal("header-only.csv", "Name,Email\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("I found no one in header-only.csv. Nothing was imported.");
    }

    @Test
    void aFileTooBigIsRefusedBeforeItIsRead() {
        ContactFile huge = new ContactFile("huge.csv", () -> new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, left);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        });
        assertThat(reader.check(huge)).isEqualTo(new FileReading.Refused("huge.csv is larger than 25 MB, more than I"
                + " import at once. Split it into smaller files and import each."));
        assertThat(reader.check(ContactFile.of("small.csv", "Name\nAnn Lo\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ContactFileReader.Fingerprint.class);
    }
}
