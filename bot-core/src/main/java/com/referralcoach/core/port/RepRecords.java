package com.referralcoach.core.port;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every record a workspace keeps for some of its reps, handed over one at a time as the store reads them in batches,
 * so an export of a big book never holds it whole. Every read is of one workspace only.
 */
public interface RepRecords {
    /** Keeps nothing: every read finds nothing. */
    RepRecords NONE = new RepRecords() {
        @Override
        public void contacts(WorkspaceId workspace, Consumer<Contact> each) {
        }

        @Override
        public void meetings(WorkspaceId workspace, Set<RepId> reps, Consumer<Meeting> each) {
        }

        @Override
        public void asks(WorkspaceId workspace, Set<RepId> reps, Consumer<Ask> each) {
        }

        @Override
        public void referrals(WorkspaceId workspace, Set<RepId> reps, Consumer<Referral> each) {
        }

        @Override
        public void reminders(WorkspaceId workspace, Set<RepId> reps, Consumer<Reminder> each) {
        }

        @Override
        public void events(WorkspaceId workspace, Set<RepId> reps, Consumer<RelationshipEvent> each) {
        }

        @Override
        public void business(WorkspaceId workspace, Set<RepId> reps, Consumer<Business> each) {
        }

        @Override
        public void goals(WorkspaceId workspace, Set<GoalOwner> owners, Consumer<Goal> each) {
        }
    };

    /** The workspace's contacts (shared by its reps). */
    void contacts(WorkspaceId workspace, Consumer<Contact> each);

    void meetings(WorkspaceId workspace, Set<RepId> reps, Consumer<Meeting> each);

    void asks(WorkspaceId workspace, Set<RepId> reps, Consumer<Ask> each);

    /** The referrals the reps received, with each lead's history. */
    void referrals(WorkspaceId workspace, Set<RepId> reps, Consumer<Referral> each);

    /** The reps' reminders, whatever their status. */
    void reminders(WorkspaceId workspace, Set<RepId> reps, Consumer<Reminder> each);

    /** The reps' relationship events: problems, wins, scores, occasions, cadences, testimonials, referrals given. */
    void events(WorkspaceId workspace, Set<RepId> reps, Consumer<RelationshipEvent> each);

    /** The business these reps logged outside the referral pipeline (repeat and other), with its source. */
    void business(WorkspaceId workspace, Set<RepId> reps, Consumer<Business> each);

    /** The goals of these owners (reps or teams). */
    void goals(WorkspaceId workspace, Set<GoalOwner> owners, Consumer<Goal> each);
}
