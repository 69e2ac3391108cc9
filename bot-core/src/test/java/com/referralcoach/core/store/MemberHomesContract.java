package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.MemberHome;
import com.referralcoach.core.port.MemberHomes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link MemberHomes} must do. */
public abstract class MemberHomesContract {
    protected abstract MemberHomes homes();

    /** The same records read through a fresh instance over the same storage (as after a restart). */
    protected abstract MemberHomes reopened();

    private static HeldMessage held(String id, String text, long minute) {
        return new HeldMessage(id, text, "DM-1", at(minute));
    }

    @Test
    void aMemberNeverSeenHasNoHome() {
        assertThat(homes().of("discord", "111")).isEqualTo(MemberHome.UNKNOWN);
        assertThat(homes().held("discord", "111")).isEmpty();
    }

    @Test
    void theWorkspacesUsedAndTheChoiceOutliveARestart() {
        homes().used("discord", "111", ACME);
        homes().used("discord", "111", ACME);
        homes().used("discord", "111", GLOBEX);
        assertThat(reopened().of("discord", "111")).isEqualTo(new MemberHome(Set.of(ACME, GLOBEX), Optional.empty()));

        homes().choose("discord", "111", GLOBEX);
        assertThat(reopened().of("discord", "111")).isEqualTo(new MemberHome(Set.of(ACME, GLOBEX), Optional.of(GLOBEX)));
        homes().choose("discord", "111", ACME);
        assertThat(reopened().of("discord", "111").chosen()).contains(ACME);
    }

    @Test
    void choosingAWorkspaceNeverUsedCountsAsUsingIt() {
        homes().choose("discord", "222", ACME);

        assertThat(homes().of("discord", "222")).isEqualTo(new MemberHome(Set.of(ACME), Optional.of(ACME)));
    }

    @Test
    void membersAndPlatformsStayApart() {
        homes().used("discord", "111", ACME);
        homes().choose("slack", "111", GLOBEX);
        homes().hold("discord", "222", held("m1", "pipeline", 1));

        assertThat(homes().of("discord", "111")).isEqualTo(new MemberHome(Set.of(ACME), Optional.empty()));
        assertThat(homes().of("slack", "111")).isEqualTo(new MemberHome(Set.of(GLOBEX), Optional.of(GLOBEX)));
        assertThat(homes().held("discord", "111")).isEmpty();
        assertThat(homes().held("discord", "222")).hasSize(1);
    }

    @Test
    void heldMessagesComeBackOldestFirstWithEveryCharacterAfterARestartUntilReleased() {
        List<HeldMessage> written = IntStream.range(0, HOSTILE.size())
                .mapToObj(i -> held("m" + i, HOSTILE.get(i), i)).toList();
        homes().used("discord", "111", ACME);
        written.forEach(message -> assertThat(homes().hold("discord", "111", message)).isTrue());

        assertThat(reopened().held("discord", "111")).containsExactlyElementsOf(written);

        homes().release("discord", "111", List.of("m0", "m2", "unknown"));
        assertThat(reopened().held("discord", "111")).extracting(HeldMessage::id).first().isEqualTo("m1");
        assertThat(homes().held("discord", "111")).hasSize(written.size() - 2);
        homes().release("discord", "111", written.stream().map(HeldMessage::id).toList());
        assertThat(homes().held("discord", "111")).isEmpty();
        assertThat(homes().of("discord", "111").usedIn()).containsExactly(ACME);
    }

    @Test
    void pastTheLimitAHoldIsRefusedAndChangesNothing() {
        for (int i = 0; i < MemberHomes.HELD_LIMIT; i++) {
            assertThat(homes().hold("discord", "111", held("m" + i, "message " + i, i))).isTrue();
        }

        assertThat(homes().hold("discord", "111", held("late", "one too many", 99))).isFalse();

        List<HeldMessage> back = homes().held("discord", "111");
        assertThat(back).hasSize(MemberHomes.HELD_LIMIT);
        assertThat(back.get(0).text()).isEqualTo("message 0");
        homes().release("discord", "111", List.of("m0"));
        assertThat(homes().hold("discord", "111", held("again", "room again", 100))).isTrue();
        assertThat(homes().held("discord", "111")).last().extracting(HeldMessage::text).isEqualTo("room again");
    }
}
