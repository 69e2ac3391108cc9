package com.referralcoach.discord;

import com.referralcoach.discord.ActionIds.Kind;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** The modals: a referral with all its fields, and a suggested message to finish before it is sent. */
final class Forms {
    static final String FROM = "from";
    static final String LEAD = "lead";
    static final String COMPANY = "company";
    static final String CONTACT = "contact";
    static final String NOTE = "note";
    static final String MESSAGE = "message";

    private Forms() {
    }

    static Modal referral(String guild, Optional<String> from, Optional<String> lead, Optional<String> company,
                          Optional<String> contact) {
        return Modal.create(ActionIds.id(Kind.REFERRAL_FORM, guild, ""), "Log a referral")
                .addComponents(
                        Label.of("Referred by", input(FROM, TextInputStyle.SHORT, true, 100, from)),
                        Label.of("Lead's name", input(LEAD, TextInputStyle.SHORT, true, 100, lead)),
                        Label.of("Lead's company", input(COMPANY, TextInputStyle.SHORT, false, 100, company)),
                        Label.of("Email or phone", input(CONTACT, TextInputStyle.SHORT, false, 200, contact)),
                        Label.of("Note", input(NOTE, TextInputStyle.PARAGRAPH, false, 500, Optional.empty())))
                .build();
    }

    static Modal finish(String guild, String template) {
        return Modal.create(ActionIds.id(Kind.TEMPLATE_FORM, guild, ""), "Finish and send")
                .addComponents(Label.of("Your message", input(MESSAGE, TextInputStyle.PARAGRAPH, true, 1000,
                        Optional.of(template))))
                .build();
    }

    private static TextInput input(String id, TextInputStyle style, boolean required, int max,
                                   Optional<String> value) {
        TextInput.Builder input = TextInput.create(id, style).setRequired(required).setMaxLength(max);
        value.filter(text -> !text.isBlank()).map(text -> text.length() > max ? text.substring(0, max) : text)
                .ifPresent(input::setValue);
        return input.build();
    }
}
