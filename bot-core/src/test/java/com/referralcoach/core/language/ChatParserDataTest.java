package com.referralcoach.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Export and erasure are read exactly, every time: the data family of the corpus, with its near misses, all understood. */
class ChatParserDataTest {
    private final ChatParser parser = new ChatParser();

    @Test
    void everyLineOfTheDataFamilyIsUnderstood() {
        List<CorpusLine> lines = Corpus.lines().stream().filter(line -> line.family().equals("data")).toList();
        assertThat(lines).hasSizeGreaterThan(40);
        assertThat(lines).allSatisfy(line -> assertThat(line.judge(parser.parse(line.message(), Corpus.NOW),
                Corpus.ZONE)).as(line.message() + " -> " + parser.parse(line.message(), Corpus.NOW))
                .isEqualTo(CorpusLine.Verdict.UNDERSTOOD));
    }

    @Test
    void aNameThatIsNotAPersonIsNoErasure() {
        assertThat(parser.parse("forget the last one", Corpus.NOW)).isNotInstanceOf(ForgetPerson.class);
        assertThat(parser.parse("erase my last message", Corpus.NOW)).isNotInstanceOf(ForgetPerson.class);
        assertThat(parser.parse("forget workspace", Corpus.NOW)).isEqualTo(new ForgetWorkspace(java.util.Optional.empty()));
    }
}
