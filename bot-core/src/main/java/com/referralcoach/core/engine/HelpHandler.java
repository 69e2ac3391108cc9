package com.referralcoach.core.engine;

import com.referralcoach.core.language.ShowHelp;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "help": the habits in one short list; "help <topic>" gives the examples of one. */
final class HelpHandler implements CommandHandler<ShowHelp> {
    private static final List<Field> TOPICS = List.of(
            new Field("Meetings", "met Jane Doe at Acme about the Q3 rollout · meeting with Jane Doe (Acme) ends 3:30pm"
                    + " · meeting with Jane Doe tomorrow 2-3pm about renewal · call with Jane Doe ends in 45 min"),
            new Field("Asks", "asked Jane Doe · asked Jane Doe - she'll think about it · Jane Doe said no"
                    + " · skip ask Jane Doe - billing issue open · who to ask"),
            new Field("Moments", "win Acme: cut their onboarding time in half · csat Jane Doe 9"
                    + " · problem Acme: invoice sent twice · fixed Acme · Jane Doe was in a rush"),
            new Field("Referrals", "Jane Doe referred Tom Lee at Globex · referral from Jane Doe: Tom Lee (Globex)"
                    + " tom@globex.com +1 555 0100 - needs CRM help"),
            new Field("Leads", "Tom Lee contacted · Tom Lee meeting booked · Tom Lee proposal sent"
                    + " · Tom Lee won $12k · Tom Lee lost - budget cut"),
            new Field("Care", "updated Jane Doe · thanked Jane Doe - sent a gift card"),
            new Field("Touch", "check in with Jane Doe every 30 days · Jane Doe is a connector · losing touch"
                    + " · birthday Jane Doe 12 April · customer since Acme 2019-06-01"),
            new Field("Giving", "gave Ann Smith a referral: Carl Jones at Initech · Kim Lee needs a bookkeeper"
                    + " · asked Jane Doe for a testimonial · asked Jane Doe for a LinkedIn recommendation"
                    + " · got testimonial from Jane Doe · asked Jane Doe for a review on G2 · Jane Doe left a Google review"
                    + " · my review link G2 https://… · review links"),
            new Field("Coaching", "delivered the payroll migration for Kim Lee · Acme's rollout is live"
                    + " · ideal referral: heads of operations at logistics firms · ideal referral"
                    + " · team East ideal referral: IT directors in healthcare · Jane Doe owns a business"
                    + " · Jane Doe is a former colleague · my sources"),
            new Field("Campaign", "referral month March · referral month · team East referral month March"
                    + " · team East referral month"),
            new Field("Goals", "goal 5 asks per week · goal 3 referrals per month · goal 2 referrals given per week"
                    + " · goals · remove goal asks · closed $5k repeat business with Jane Doe"),
            new Field("Teams", "team East: @ana @ben · add @cy to team East · manager of East: @dana"
                    + " · make @dana a manager · team East tz America/New_York · team East goal 20 referrals per month"
                    + " · digest East to #sales-east every monday 9:00 · digest East now · stop digest East · teams"),
            new Field("Corrections", "undo · actually Tom Lee won $9k · Jane Doe works at Globex now"
                    + " · Jane Doe's email is jane@globex.com · rename Jon Doe to John Doe"
                    + " · the meeting with Jane Doe today was about pricing · the meeting with Jane Doe ended at 4pm"
                    + " · the meeting with Jane Doe was yesterday at 2pm"
                    + " · actually closed $9k repeat business with Jane Doe · Jane and Jane Doe are the same person · delete the meeting with Jane Doe today"
                    + " · delete lead Tom Lee · delete contact Jane Doe"),
            new Field("Reminders", "reminders · snooze 2h · snooze #3fa9c1 1 day · remind me tomorrow"
                    + " · cancel reminder 3"),
            new Field("Views", "pipeline · contact Jane Doe · who to ask · losing touch · help"),
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
        return Reply.of("Log meetings, asks and referrals in plain words; I'll remind you to ask and to follow up.\n"
                + "Topics: " + TOPICS.stream().map(f -> f.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".\nSay \"help <topic>\" for examples, like \"help moments\".");
    }
}
