package com.referralcoach.core.engine;

import com.referralcoach.core.language.ShowHelp;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Locale;

/** "help": the chat language, short, with one example per thing the rep can do. */
final class HelpHandler implements CommandHandler<ShowHelp> {
    private static final List<Field> TOPICS = List.of(
            new Field("Meetings", "met Jane Doe at Acme about the Q3 rollout · meeting with Jane Doe (Acme) ends 3:30pm"
                    + " · meeting with Jane Doe tomorrow 2-3pm about renewal · call with Jane Doe ends in 45 min"),
            new Field("Asks", "asked Jane Doe · asked Jane Doe - she'll think about it · Jane Doe said no"
                    + " · skip ask Jane Doe - billing issue open"),
            new Field("Referrals", "Jane Doe referred Tom Lee at Globex · referral from Jane Doe: Tom Lee (Globex)"
                    + " tom@globex.com +1 555 0100 - needs CRM help"),
            new Field("Leads", "Tom Lee contacted · Tom Lee meeting booked · Tom Lee proposal sent"
                    + " · Tom Lee won $12k · Tom Lee lost - budget cut"),
            new Field("Care", "updated Jane Doe · thanked Jane Doe - sent a gift card"),
            new Field("Reminders", "reminders · snooze 2h · snooze #3fa9c1 1 day · remind me tomorrow"
                    + " · cancel reminder 3"),
            new Field("Views", "pipeline · contact Jane Doe · help"),
            new Field("Settings", "my timezone is Europe/Berlin · working hours 9-17 · work days mon-fri"
                    + " · my manager is @dana"));

    @Override
    public Reply handle(ShowHelp command, Conversation conversation) {
        if (command.topic().isPresent()) {
            String topic = command.topic().get().toLowerCase(Locale.ROOT);
            for (Field field : TOPICS) {
                String label = field.label().toLowerCase(Locale.ROOT);
                if (label.startsWith(topic) || topic.startsWith(label.substring(0, label.length() - 1))) {
                    return new Reply("Help: " + field.label(), List.of(field), List.of());
                }
            }
        }
        return new Reply("Log meetings, asks and referrals in plain words; I'll remind you to ask and to follow up.",
                TOPICS, List.of());
    }
}
