package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.Several;
import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import org.junit.jupiter.api.Test;

/** What every {@link PendingQuestions} must do. */
public abstract class PendingQuestionsContract {
    protected abstract PendingQuestions questions();

    /** The same questions as they are found after the store is opened again. */
    protected abstract PendingQuestions reopened();

    @Test
    void keepsEveryKindOfReadingAndGivesItOutOnce() {
        for (Command reading : CommandSamples.all()) {
            if (reading instanceof Unsure || reading instanceof Several) {
                continue;
            }
            PendingQuestion question = new PendingQuestion(ACME, ANA, reading, "a summary", "the message 🙂", T0);
            questions().ask(question);

            assertThat(questions().take(ACME, ANA)).contains(question);
            assertThat(questions().take(ACME, ANA)).isEmpty();
        }
    }

    @Test
    void aNewQuestionReplacesTheRepsEarlierOne() {
        Command first = CommandSamples.all().get(0);
        Command second = CommandSamples.all().get(2);
        questions().ask(new PendingQuestion(ACME, ANA, first, "first", "m1", T0));
        questions().ask(new PendingQuestion(ACME, ANA, second, "second", "m2", T0.plusSeconds(5)));

        assertThat(questions().take(ACME, ANA)).hasValueSatisfying(q -> assertThat(q.reading()).isEqualTo(second));
        assertThat(questions().take(ACME, ANA)).isEmpty();
    }

    @Test
    void eachRepInEachWorkspaceHasTheirOwn() {
        Command reading = CommandSamples.all().get(0);
        questions().ask(new PendingQuestion(ACME, ANA, reading, "ana at acme", "m", T0));

        assertThat(questions().take(ACME, BOB)).isEmpty();
        assertThat(questions().take(GLOBEX, ANA)).isEmpty();
        assertThat(questions().take(ACME, ANA)).hasValueSatisfying(q -> assertThat(q.summary()).isEqualTo("ana at acme"));
    }

    @Test
    void aQuestionSurvivesARestart() {
        PendingQuestion question = new PendingQuestion(ACME, ANA, CommandSamples.all().get(4), "referral", "m", T0);
        questions().ask(question);

        assertThat(reopened().take(ACME, ANA)).contains(question);
    }
}
