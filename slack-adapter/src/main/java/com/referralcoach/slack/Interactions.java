package com.referralcoach.slack;

import com.referralcoach.core.inbox.SeenEvents;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Clicks and forms: a suggested-action button sends its message to the engine and replaces the buttons it settles
 * (its message's, or in a message about several people its person's) with what was chosen and the answer; a
 * template button opens a modal to finish the line, which is sent as chat text; the /coach meeting and referral forms
 * become typed commands (never chat text), answered by DM.
 */
final class Interactions {
    private static final Pattern SEND = Pattern.compile(Pattern.quote(BlockKitRenderer.SEND) + "\\d+");
    private static final Pattern TEMPLATE = Pattern.compile(Pattern.quote(BlockKitRenderer.TEMPLATE) + "\\d+");
    private static final Pattern FORMS = Pattern.compile(
            CoachModals.MEETING + "|" + CoachModals.REFERRAL + "|" + CoachModals.COMPLETE);

    private Interactions() {
    }

    static void register(App app, CoachDesk desk, SlackOutbox outbox, SlackViews views, SeenEvents clicks,
                         WorkspaceStanding standing) {
        app.blockAction(SEND, (request, ctx) -> {
            BlockActionPayload click = request.getPayload();
            BlockActionPayload.Action action = click.getActions().get(0);
            String team = workspace(click);
            String user = click.getUser().getId();
            standing.heardFrom(team, ctx);
            ClickedMessage clicked = clicked(click, action.getBlockId());
            String once = clicked == null ? null : clicked.channel() + "/" + clicked.ts() + "/" + action.getBlockId();
            if (clicks.firstTime(once)) {
                String done = "✓ " + (action.getText() == null ? action.getValue() : action.getText().getText());
                desk.hear(team, user, action.getValue(), reply -> clicked == null
                        ? outbox.toRep(team, user, reply) : outbox.replaceClicked(team, clicked, done, reply));
            }
            return ctx.ack();
        });
        app.blockAction(TEMPLATE, (request, ctx) -> {
            BlockActionPayload click = request.getPayload();
            views.open(workspace(click), click.getUser().getId(), click.getTriggerId(),
                    CoachModals.completion(click.getActions().get(0).getValue()));
            return ctx.ack();
        });
        app.blockAction(CoachModals.PICK_MEETING, (request, ctx) -> pick(request.getPayload(), views,
                CoachModals.meetingForm(), ctx));
        app.blockAction(CoachModals.PICK_REFERRAL, (request, ctx) -> pick(request.getPayload(), views,
                CoachModals.referralForm(), ctx));
        app.viewSubmission(FORMS, (request, ctx) -> {
            var submitted = request.getPayload();
            String team = workspace(submitted.getTeam() == null ? null : submitted.getTeam().getId(),
                    submitted.getUser().getTeamId(),
                    submitted.getEnterprise() == null ? null : submitted.getEnterprise().getId());
            String user = submitted.getUser().getId();
            standing.heardFrom(team, ctx);
            String callbackId = submitted.getView().getCallbackId();
            var state = submitted.getView().getState();
            var typed = ModalForms.typed(callbackId, state);
            if (typed.isPresent()) {
                desk.act(team, user, "the " + callbackId.replace("coach_", "") + " form", typed.get(),
                        reply -> outbox.toRep(team, user, reply));
            } else {
                ModalForms.line(callbackId, state)
                        .ifPresent(text -> desk.hear(team, user, text, reply -> outbox.toRep(team, user, reply)));
            }
            return ctx.ack();
        });
    }

    private static com.slack.api.bolt.response.Response pick(BlockActionPayload click, SlackViews views,
            com.slack.api.model.view.View form, com.slack.api.bolt.context.builtin.ActionContext ctx) {
        views.update(workspace(click), click.getUser().getId(), click.getView().getId(), click.getView().getHash(),
                form);
        return ctx.ack();
    }

    private static String workspace(BlockActionPayload click) {
        return workspace(click.getTeam() == null ? null : click.getTeam().getId(), click.getUser().getTeamId(),
                click.getEnterprise() == null ? null : click.getEnterprise().getId());
    }

    /**
     * The workspace a click or form came from: its team; for an org-wide install (no team) the clicking user's team,
     * as their DMs and commands name it, else the organisation.
     */
    static String workspace(String team, String userTeam, String enterprise) {
        if (team != null && !team.isBlank()) {
            return team;
        }
        return userTeam != null && !userTeam.isBlank() ? userTeam : enterprise;
    }

    /** The message the button was on, or null for a button in App Home or a modal (answered by DM). */
    private static ClickedMessage clicked(BlockActionPayload click, String clickedBlock) {
        BlockActionPayload.Container container = click.getContainer();
        if (container == null || !"message".equals(container.getType())) {
            return null;
        }
        boolean ephemeral = container.isEphemeral();
        List<LayoutBlock> blocks = click.getMessage() == null || click.getMessage().getBlocks() == null
                ? List.of() : click.getMessage().getBlocks();
        return ClickedMessage.of(container.getChannelId(), container.getMessageTs(), ephemeral,
                click.getResponseUrl(), blocks, clickedBlock);
    }
}
