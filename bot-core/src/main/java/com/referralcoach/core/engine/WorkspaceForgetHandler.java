package com.referralcoach.core.engine;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ConfirmForgetWorkspace;
import com.referralcoach.core.language.ForgetWorkspace;
import com.referralcoach.core.port.Erasures;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.port.WorkspaceErasure;
import com.referralcoach.core.port.WorkspaceFootprint;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "forget workspace", for workspace admins, confirmed twice: a "yes" to what would go, then the workspace's id typed
 * ("forget workspace T0123") within {@link #SECOND_CONFIRMATION}. An erasure that failed partway is finished by the
 * id typed again, at any time.
 */
final class WorkspaceForgetHandler {
    static final Duration SECOND_CONFIRMATION = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(WorkspaceForgetHandler.class);

    private final Erasures erasures;
    private final PendingQuestions questions;

    WorkspaceForgetHandler(Erasures erasures, PendingQuestions questions) {
        this.erasures = erasures;
        this.questions = questions;
    }

    CommandHandler<ForgetWorkspace> ask() {
        return (command, c) -> {
            if (!c.admin()) {
                return refusal();
            }
            String id = c.workspace().value();
            Optional<WorkspaceErasure> erasure = erasures.erasure(c.workspace());
            boolean named = command.named().filter(typed -> typed.equalsIgnoreCase(id)).isPresent();
            if (command.named().isPresent() && !named) {
                return Reply.of("That isn't this workspace's id. This workspace is " + id + ": to erase it, say"
                        + " \"forget workspace\" first.");
            }
            if (named && erasure.filter(e -> confirmedOnce(e, c)).isPresent()) {
                return erase(c);
            }
            if (erasure.filter(WorkspaceErasure::started).isPresent()) {
                return Reply.of("Erasing workspace " + id + " stopped before it finished. To finish it, type: "
                        + typed(c.workspace()));
            }
            WorkspaceFootprint footprint = erasures.footprint(c.workspace());
            questions.ask(new PendingQuestion(c.workspace(), c.rep().id(), new ConfirmForgetWorkspace(id),
                    "erasing workspace " + id, c.text(), c.instant()));
            return Reply.of("Erase ALL of workspace " + id + "'s data, for every rep: "
                            + ExportHandler.count(footprint.reps(), "rep") + ", "
                            + ExportHandler.count(footprint.contacts(), "contact") + " and "
                            + ExportHandler.count(footprint.otherRecords(), "other record")
                            + " (meetings, referrals, reminders, goals, teams, tallies...)? This can't be undone."
                            + " Erase? Yes / No")
                    .withActions(List.of(SuggestedAction.send("Yes", "yes"), SuggestedAction.send("No", "no")));
        };
    }

    CommandHandler<ConfirmForgetWorkspace> confirm() {
        return (command, c) -> {
            if (!c.admin() || !command.workspace().equals(c.workspace().value())) {
                return refusal();
            }
            erasures.confirmOnce(c.workspace(), c.rep().id(), c.instant());
            return Reply.of("Last check: this erases everything of workspace " + command.workspace() + " for everyone,"
                    + " for good. To go ahead, type: " + typed(c.workspace()) + " (within "
                    + SECOND_CONFIRMATION.toMinutes() + " minutes). Anything else keeps it.");
        };
    }

    private boolean confirmedOnce(WorkspaceErasure erasure, Conversation c) {
        return erasure.started() || erasure.by().equals(c.rep().id())
                && !erasure.at().isBefore(c.instant().minus(SECOND_CONFIRMATION));
    }

    private Reply erase(Conversation c) {
        try {
            WorkspaceFootprint erased = erasures.eraseWorkspace(c.workspace(), c.rep().id(), c.instant());
            return Reply.of("Erased workspace " + c.workspace().value() + ": "
                    + ExportHandler.count(erased.reps(), "rep") + ", "
                    + ExportHandler.count(erased.contacts(), "contact") + " and "
                    + ExportHandler.count(erased.otherRecords(), "other record") + ". Nothing of it is kept here now;"
                    + " a new message starts afresh.");
        } catch (ReferralCoachException e) {
            log.error("Erasing workspace {} failed partway", c.workspace(), e);
            return Reply.of("Sorry, erasing the workspace failed partway, so it is NOT done. To finish it, type "
                    + typed(c.workspace()) + " again in a moment.");
        }
    }

    private static String typed(WorkspaceId workspace) {
        return "forget workspace " + workspace.value();
    }

    private static Reply refusal() {
        return Reply.of("Sorry, only a workspace admin can erase the whole workspace's data.");
    }
}
