package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DigestLog;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What every {@link DigestLog} must do. */
public abstract class DigestLogContract {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final ChannelRef SALES = new ChannelRef("C0123", "#sales-east");
    private static final Instant NOW = Instant.parse("2025-03-03T08:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);

    protected abstract DigestLog digests();

    private DigestSchedule saved(WorkspaceId workspace, String teamKey, DayOfWeek day) {
        DigestSchedule schedule = new DigestSchedule(workspace, teamKey, SALES, day, LocalTime.of(8, 30));
        digests().save(schedule);
        return schedule;
    }

    @Test
    void keepsEveryFieldAndReplacesTheTeamsSchedule() {
        DigestSchedule monday = saved(ACME, "east", DayOfWeek.MONDAY);
        assertThat(digests().find(ACME, "east")).contains(monday);
        DigestSchedule friday = new DigestSchedule(ACME, "east", new ChannelRef("1234567890", "général 🙂"),
                DayOfWeek.FRIDAY, LocalTime.of(17, 5, 59));
        digests().save(friday);
        assertThat(digests().find(ACME, "east")).contains(friday);
        assertThat(digests().find(ACME, "east").orElseThrow().time()).isEqualTo(LocalTime.of(17, 5));
        assertThat(digests().all()).containsExactly(friday);
        assertThat(digests().find(ACME, "west")).isEmpty();
    }

    @Test
    void removeStopsOneScheduleAndSaysWhetherThereWasOne() {
        saved(ACME, "east", DayOfWeek.MONDAY);
        DigestSchedule west = saved(ACME, "west", DayOfWeek.TUESDAY);
        assertThat(digests().remove(ACME, "east")).isTrue();
        assertThat(digests().remove(ACME, "east")).isFalse();
        assertThat(digests().find(ACME, "east")).isEmpty();
        assertThat(digests().all()).containsExactly(west);
    }

    @Test
    void allReadsEveryWorkspace() {
        DigestSchedule acme = saved(ACME, "east", DayOfWeek.MONDAY);
        DigestSchedule globex = saved(GLOBEX, "east", DayOfWeek.WEDNESDAY);
        assertThat(digests().all()).containsExactlyInAnyOrder(acme, globex);
    }

    @Test
    void workspacesAreIsolated() {
        DigestSchedule acme = saved(ACME, "east", DayOfWeek.MONDAY);
        assertThat(digests().find(GLOBEX, "east")).isEmpty();
        assertThat(digests().remove(GLOBEX, "east")).isFalse();
        assertThat(digests().find(ACME, "east")).contains(acme);
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        assertThat(digests().claim(GLOBEX, "east", MONDAY, NOW, LEASE)).isTrue();
        digests().release(GLOBEX, "east", MONDAY);
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isFalse();
    }

    @Test
    void onlyTheFirstClaimOfATeamsWeekWins() {
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isFalse();
        assertThat(digests().claim(ACME, "east", MONDAY.plusWeeks(1), NOW, LEASE)).isTrue();
        assertThat(digests().claim(ACME, "west", MONDAY, NOW, LEASE)).isTrue();
    }

    @Test
    void aClaimLeftUnpostedPastItsLeaseIsTakenOverOnce() {
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        assertThat(digests().claim(ACME, "east", MONDAY, NOW.plus(LEASE).minusSeconds(1), LEASE))
                .as("the first claim still holds").isFalse();
        Instant later = NOW.plus(LEASE).plusSeconds(1);
        assertThat(digests().claim(ACME, "east", MONDAY, later, LEASE)).as("its process stopped before posting")
                .isTrue();
        assertThat(digests().claim(ACME, "east", MONDAY, later, LEASE)).as("taken over by one caller only").isFalse();
        assertThat(digests().claim(ACME, "east", MONDAY, later.plus(LEASE).plusSeconds(1), LEASE)).isTrue();
    }

    @Test
    void aPostedWeekIsNeverClaimedAgainWhateverTheTime() {
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        digests().posted(ACME, "east", MONDAY);
        assertThat(digests().claim(ACME, "east", MONDAY, NOW.plus(Duration.ofDays(30)), LEASE)).isFalse();
        assertThat(digests().claim(GLOBEX, "east", MONDAY, NOW, LEASE)).as("another workspace's team").isTrue();
    }

    @Test
    void aWeekMarkedPostedWithoutAClaimIsNeverClaimed() {
        digests().posted(ACME, "east", MONDAY);
        digests().posted(ACME, "east", MONDAY);
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isFalse();
        assertThat(digests().claim(ACME, "east", MONDAY.plusWeeks(1), NOW, LEASE)).isTrue();
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        digests().release(ACME, "east", MONDAY);
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isTrue();
        assertThat(digests().claim(ACME, "east", MONDAY, NOW, LEASE)).isFalse();
        digests().release(ACME, "west", MONDAY);
    }

    @Test
    void keepsHostileTeamKeysLiterally() {
        for (String text : HOSTILE) {
            DigestSchedule odd = new DigestSchedule(ACME, text, new ChannelRef(text, text), DayOfWeek.SUNDAY,
                    LocalTime.MIDNIGHT);
            digests().save(odd);
            assertThat(digests().find(ACME, text)).as(text).contains(odd);
            assertThat(digests().claim(ACME, text, MONDAY, NOW, LEASE)).as(text).isTrue();
            assertThat(digests().claim(ACME, text, MONDAY, NOW, LEASE)).as(text).isFalse();
        }
        assertThat(digests().all()).hasSize(HOSTILE.size());
        assertThat(digests().claim(ACME, "a", LocalDate.of(2025, 1, 6), NOW, LEASE)).isTrue();
        assertThat(digests().claim(new WorkspaceId("T-ACME|a"), "b", MONDAY, NOW, LEASE)).isTrue();
    }
}
