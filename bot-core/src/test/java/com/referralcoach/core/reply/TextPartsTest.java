package com.referralcoach.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextPartsTest {
    @Test
    void linesStayWholeInOrderAndEachPartFitsAsThePlatformCountsIt() {
        List<String> lines = IntStream.range(0, 300).mapToObj(i -> "- Rep " + i + " & <team>: 3 asks").toList();
        String text = String.join("\n", lines);

        List<String> parts = TextParts.of(text, 1000, part -> escaped(part).length());

        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(escaped(part)).hasSizeLessThanOrEqualTo(1000));
        assertThat(parts.stream().flatMap(String::lines).toList()).isEqualTo(lines);
    }

    @Test
    void aLineLongerThanAPartIsCutAtASpaceAndNothingIsLost() {
        String line = "Jane Doe & Tom Lee ".repeat(200).strip();

        List<String> parts = TextParts.of(line, 500, part -> escaped(part).length());

        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(escaped(part)).hasSizeLessThanOrEqualTo(500));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> assertThat(part).endsWith(" "));
        assertThat(String.join("", parts)).isEqualTo(line);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
