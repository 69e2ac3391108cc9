package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MeetingLog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MeetingLog} must do. */
public abstract class MeetingLogContract {
    private static final ContactId JANE = new ContactId("C-JANE");

    protected abstract MeetingLog meetings();

    private static Meeting endingAt(WorkspaceId workspace, RepId rep, long minute) {
        return new Meeting(workspace, MeetingId.random(), rep, JANE, Optional.empty(), Optional.empty(), at(minute),
                at(minute + 1));
    }

    @Test
    void keepsEveryField() {
        Meeting full = new Meeting(ACME, MeetingId.random(), ANA, JANE, Optional.of("Renewal 🤝 تجديد"),
                Optional.of(at(0)), at(45), at(50));
        Meeting bare = endingAt(ACME, ANA, 100);
        meetings().save(full);
        meetings().save(bare);
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(bare, full);
    }

    @Test
    void aDeletedMeetingIsGoneAndTheOthersStay() {
        Meeting gone = endingAt(ACME, ANA, 10);
        Meeting kept = endingAt(ACME, ANA, 20);
        meetings().save(gone);
        meetings().save(kept);
        assertThat(meetings().delete(GLOBEX, gone.id())).isFalse();
        assertThat(meetings().delete(ACME, gone.id())).isTrue();
        assertThat(meetings().delete(ACME, gone.id())).isFalse();
        assertThat(meetings().find(ACME, gone.id())).isEmpty();
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(kept);
    }

    @Test
    void findsOneMeetingByIdInItsOwnWorkspaceOnly() {
        Meeting meeting = endingAt(ACME, ANA, 10);
        meetings().save(meeting);
        assertThat(meetings().find(ACME, meeting.id())).contains(meeting);
        assertThat(meetings().find(GLOBEX, meeting.id())).isEmpty();
        assertThat(meetings().find(ACME, MeetingId.random())).isEmpty();
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            ContactId contact = new ContactId(text);
            Meeting odd = new Meeting(ACME, new MeetingId(text), ANA, contact, Optional.of(text), Optional.empty(),
                    at(1), at(2));
            meetings().save(odd);
            assertThat(meetings().withContact(ACME, ANA, contact)).as(text).containsExactly(odd);
        }
    }

    @Test
    void savingTheSameIdTwiceKeepsOne() {
        Meeting meeting = endingAt(ACME, ANA, 10);
        meetings().save(meeting);
        meetings().save(meeting);
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(meeting);
    }

    @Test
    void mostRecentEndFirst() {
        Meeting middle = endingAt(ACME, ANA, 20);
        Meeting last = endingAt(ACME, ANA, 30);
        Meeting first = endingAt(ACME, ANA, 10);
        meetings().save(middle);
        meetings().save(last);
        meetings().save(first);
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(last, middle, first);
    }

    @Test
    void theLatestFewAreTheMostRecentEndsOfThisRepAndContactOnly() {
        Meeting first = endingAt(ACME, ANA, 10);
        Meeting tied = endingAt(ACME, ANA, 30);
        Meeting twin = new Meeting(ACME, MeetingId.random(), ANA, JANE, Optional.empty(), Optional.empty(), at(29),
                at(31));
        Meeting middle = endingAt(ACME, ANA, 20);
        for (Meeting meeting : java.util.List.of(first, tied, twin, middle)) {
            meetings().save(meeting);
        }
        meetings().save(endingAt(ACME, BOB, 40));
        meetings().save(endingAt(GLOBEX, ANA, 50));
        assertThat(meetings().latestWithContact(ACME, ANA, JANE, 3))
                .containsExactlyElementsOf(meetings().withContact(ACME, ANA, JANE).subList(0, 3))
                .doesNotContain(first);
        assertThat(meetings().latestWithContact(ACME, ANA, JANE, 10)).containsExactlyElementsOf(
                meetings().withContact(ACME, ANA, JANE));
        assertThat(meetings().latestWithContact(ACME, ANA, new ContactId("C-NOBODY"), 3)).isEmpty();
    }

    @Test
    void onlyThisRepAndThisContact() {
        Meeting mine = endingAt(ACME, ANA, 10);
        meetings().save(mine);
        meetings().save(endingAt(ACME, BOB, 20));
        meetings().save(new Meeting(ACME, MeetingId.random(), ANA, new ContactId("C-OTHER"), Optional.empty(),
                Optional.empty(), at(30), at(31)));
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(mine);
    }

    @Test
    void workspacesAreIsolated() {
        Meeting acme = endingAt(ACME, ANA, 10);
        meetings().save(acme);
        assertThat(meetings().withContact(GLOBEX, ANA, JANE)).isEmpty();
        Meeting globex = endingAt(GLOBEX, ANA, 20);
        meetings().save(globex);
        assertThat(meetings().withContact(ACME, ANA, JANE)).containsExactly(acme);
        assertThat(meetings().withContact(GLOBEX, ANA, JANE)).containsExactly(globex);
    }

    @Test
    void aRepsMeetingsWithEveryoneMostRecentFirstInTheirOwnWorkspace() {
        Meeting jane = endingAt(ACME, ANA, 10);
        Meeting other = new Meeting(ACME, MeetingId.random(), ANA, new ContactId("C-OTHER"), Optional.empty(),
                Optional.empty(), at(30), at(31));
        meetings().save(jane);
        meetings().save(other);
        meetings().save(endingAt(ACME, BOB, 20));
        meetings().save(endingAt(GLOBEX, ANA, 40));
        assertThat(meetings().ofRep(ACME, ANA)).containsExactly(other, jane);
    }
}
