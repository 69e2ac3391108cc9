package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.port.ActionTexts;
import org.junit.jupiter.api.Test;

/** What every {@link ActionTexts} must do. */
public abstract class ActionTextsContract {
    private static final String LONG = "call with Jane Doe at Acme Corporation about the northeast pilot rollout,"
            + " ends in 45 min";

    protected abstract ActionTexts texts();

    /** The same records read through a fresh instance over the same storage (as after a restart). */
    protected abstract ActionTexts reopened();

    @Test
    void aKeptTextIsRecalledByItsShortKeyAfterARestart() {
        String key = texts().keep(ACME, LONG);

        assertThat(key).hasSizeLessThanOrEqualTo(ActionTexts.KEY_LENGTH).doesNotContain("|");
        assertThat(reopened().recall(ACME, key)).contains(LONG);
    }

    @Test
    void theSameTextKeptAgainGetsTheSameKeyAndAnotherTextAnother() {
        String key = texts().keep(ACME, LONG);

        assertThat(texts().keep(ACME, LONG)).isEqualTo(key);
        assertThat(texts().keep(ACME, LONG + ".")).isNotEqualTo(key);
        assertThat(texts().recall(ACME, key)).contains(LONG);
    }

    @Test
    void aKeyIsReadOnlyInItsOwnWorkspace() {
        String key = texts().keep(ACME, LONG);

        assertThat(texts().recall(GLOBEX, key)).isEmpty();
        assertThat(texts().recall(ACME, "nosuchkey")).isEmpty();
    }
}
