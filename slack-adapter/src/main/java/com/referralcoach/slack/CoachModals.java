package com.referralcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.view.View;
import java.util.List;

/** The modals of /coach: a choice, then a meeting or a referral form; and a prefilled line to finish. */
final class CoachModals {
    static final String CHOOSER = "coach_chooser";
    static final String MEETING = "coach_meeting";
    static final String REFERRAL = "coach_referral";
    static final String COMPLETE = "coach_complete";
    static final String PICK_MEETING = "coach_pick_meeting";
    static final String PICK_REFERRAL = "coach_pick_referral";
    static final String VALUE = "value";
    private static final int INPUT_MAX = 3000;

    private CoachModals() {
    }

    static View chooser() {
        return modal(CHOOSER, "Referral Coach", null, List.of(
                section(s -> s.text(markdownText("What would you like to log?"))),
                actions(a -> a.blockId("coach_pick").elements(List.of(
                        BlockElements.button(b -> b.actionId(PICK_MEETING).text(plainText("A meeting")).value("meeting")),
                        BlockElements.button(b -> b.actionId(PICK_REFERRAL).text(plainText("A referral"))
                                .value("referral")))))));
    }

    static View meetingForm() {
        return modal(MEETING, "Log a meeting", "Save", List.of(
                text("person", "Person you met", false, "Jane Doe"),
                text("company", "Company", true, "Acme"),
                text("topic", "Topic", true, "the Q3 rollout"),
                input(i -> i.blockId("end").label(plainText("Ends at (leave empty if it is over)")).optional(true)
                        .element(BlockElements.timePicker(t -> t.actionId(VALUE))))));
    }

    static View referralForm() {
        return modal(REFERRAL, "Log a referral", "Save", List.of(
                text("referrer", "Referred by", false, "Jane Doe"),
                text("lead", "Lead (the person referred)", false, "Tom Lee"),
                text("company", "Lead's company", true, "Globex"),
                input(i -> i.blockId("email").label(plainText("Email")).optional(true)
                        .element(BlockElements.emailTextInput(e -> e.actionId(VALUE)))),
                text("phone", "Phone", true, "+1 555 0100"),
                text("need", "What they need", true, "CRM help")));
    }

    /** A suggested line the rep finishes, e.g. "Jane Doe referred ". */
    static View completion(String start) {
        BlockElement line = BlockElements.plainTextInput(p -> p.actionId(VALUE).initialValue(start)
                .maxLength(INPUT_MAX));
        return modal(COMPLETE, "Referral Coach", "Send", List.of(
                input(i -> i.blockId("message").label(plainText("Finish the message")).element(line))));
    }

    private static LayoutBlock text(String blockId, String label, boolean optional, String example) {
        return input(i -> i.blockId(blockId).label(plainText(label)).optional(optional)
                .element(BlockElements.plainTextInput(p -> p.actionId(VALUE).maxLength(200)
                        .placeholder(plainText("e.g. " + example)))));
    }

    private static View modal(String callbackId, String title, String submit, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callbackId).title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(submit == null ? null : viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }
}
