package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackPartsTest {
    @Test
    void aShortReplyIsOneMessageAsItWas() {
        Reply reply = new Reply("Weekly digest: 12 asks", List.of(new Field("Top", "Ana")),
                List.of(SuggestedAction.send("Asked", "asked Jane Doe")));

        assertThat(SlackParts.of(reply)).containsExactly(reply);
    }

    @Test
    void fieldsAndButtonsGoWithTheLastPart() {
        Reply reply = new Reply(LongDigestPostTest.hundredRepDigest(), List.of(new Field("Top", "Ana")),
                List.of(SuggestedAction.send("Asked", "asked Jane Doe")));

        List<Reply> parts = SlackParts.of(reply);

        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(part -> {
            assertThat(part.fields()).isEmpty();
            assertThat(part.actions()).isEmpty();
        });
        assertThat(parts.get(parts.size() - 1).fields()).isEqualTo(reply.fields());
        assertThat(parts.get(parts.size() - 1).actions()).isEqualTo(reply.actions());
    }

    @Test
    void aLineLongerThanAPartIsCutAtSpacesAndNothingIsLost() {
        String line = "Jane & Tom ".repeat(3000).strip();

        List<String> pieces = SlackParts.texts(line, SlackParts.PART_TEXT);

        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(piece -> assertThat(MrkdwnEscaper.escape(piece).length())
                .isLessThanOrEqualTo(SlackParts.PART_TEXT));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(piece -> assertThat(piece).endsWith(" "));
        assertThat(String.join("", pieces)).isEqualTo(line);
    }
}
