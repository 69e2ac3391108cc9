package com.referralcoach.core.port;

import com.referralcoach.core.domain.DigestSchedule;
import com.referralcoach.core.domain.WorkspaceId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where and when each team's weekly digest goes, and which weeks' digests were already posted. */
public interface DigestLog {
    /** Inserts or replaces the team's schedule (one per team), durably, before returning. */
    void save(DigestSchedule schedule);

    Optional<DigestSchedule> find(WorkspaceId workspace, String teamKey);

    /** Stops the team's weekly digest; false when there was none. */
    boolean remove(WorkspaceId workspace, String teamKey);

    /** Every schedule of every workspace, to restore the weekly jobs at startup. */
    List<DigestSchedule> all();

    /**
     * Claims the team's scheduled digest for the week starting {@code weekStart}, to post it, for {@code lease}
     * from {@code now}: true for the first caller, and again only for a claim whose lease ran out without the week
     * being {@link #posted} (the process that made it stopped before posting). Never true once posted.
     */
    boolean claim(WorkspaceId workspace, String teamKey, LocalDate weekStart, Instant now, Duration lease);

    /** Records the week's digest as posted, or as not to be posted: nobody claims it again. */
    void posted(WorkspaceId workspace, String teamKey, LocalDate weekStart);

    /** Takes back a claim whose post failed, so it can be tried again. */
    void release(WorkspaceId workspace, String teamKey, LocalDate weekStart);
}
