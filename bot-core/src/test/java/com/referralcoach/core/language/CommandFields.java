package com.referralcoach.core.language;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.Money;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A command's kind and fields as flat text, for the corpus: "meeting" with person=Ann Lo, person.company=Vela,
 * topic=pricing, startsAt=2026-12-06 14:00. Instants are shown in the corpus clock's zone.
 */
final class CommandFields {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("LogMeeting", "meeting"), Map.entry("RecordAsk", "ask"), Map.entry("LogReferral", "referral"),
            Map.entry("MoveLead", "lead"), Map.entry("ShowPipeline", "pipeline"), Map.entry("ShowContact", "contact"),
            Map.entry("ShowHelp", "help"), Map.entry("SetTimeZone", "timezone"),
            Map.entry("RecordReferrerUpdate", "update"), Map.entry("RecordThanks", "thanks"),
            Map.entry("SnoozeReminder", "snooze"), Map.entry("ListReminders", "reminders"),
            Map.entry("CancelReminder", "cancel"), Map.entry("SetWorkingHours", "hours"),
            Map.entry("SetWorkDays", "workdays"), Map.entry("SetManager", "mymanager"),
            Map.entry("OpenProblem", "problem"), Map.entry("FixProblem", "fixed"), Map.entry("RecordWin", "win"),
            Map.entry("InARush", "rush"), Map.entry("RecordSatisfaction", "csat"), Map.entry("SetBirthday", "birthday"),
            Map.entry("SetCustomerSince", "since"), Map.entry("SetCheckInCadence", "cadence"),
            Map.entry("MarkConnector", "connector"), Map.entry("TrackEndorsement", "endorsement"),
            Map.entry("GiveReferral", "gave"), Map.entry("ShowLosingTouch", "losingtouch"),
            Map.entry("ShowWhoToAsk", "whotoask"), Map.entry("StartReferralMonth", "referralmonth"),
            Map.entry("ShowReferralMonth", "monthprogress"), Map.entry("SetGoal", "goal"),
            Map.entry("RemoveGoal", "removegoal"), Map.entry("ShowGoals", "goals"), Map.entry("FormTeam", "team"),
            Map.entry("ChangeTeam", "teamchange"), Map.entry("SetTeamManager", "teammanager"),
            Map.entry("SetTeamZone", "teamzone"), Map.entry("AppointManager", "appoint"),
            Map.entry("ShowTeams", "teams"), Map.entry("ScheduleDigest", "digest"),
            Map.entry("StopDigest", "stopdigest"), Map.entry("DigestNow", "digestnow"),
            Map.entry("RecordBusiness", "business"),
            Map.entry("ImportContacts", "import"), Map.entry("ConfirmImport", "confirmimport"),
            Map.entry("UndoImport", "undoimport"), Map.entry("ExportData", "export"),
            Map.entry("ForgetPerson", "forget"), Map.entry("ConfirmForget", "confirmforget"),
            Map.entry("ForgetWorkspace", "forgetworkspace"), Map.entry("ConfirmForgetWorkspace", "confirmforgetworkspace"), 
            Map.entry("UpdateDetails", "details"), Map.entry("CorrectWin", "correctwin"),
            Map.entry("CorrectBusiness", "correctbusiness"),
            Map.entry("RenamePerson", "rename"),
            Map.entry("FixMeeting", "fixmeeting"), Map.entry("MergePeople", "merge"),
            Map.entry("ConfirmMerge", "confirmmerge"), Map.entry("DeleteMeeting", "deletemeeting"),
            Map.entry("ConfirmDeleteMeeting", "confirmdeletemeeting"),
            Map.entry("DeleteLead", "deletelead"), Map.entry("ConfirmDeleteLead", "confirmdeletelead"), Map.entry("RecordDelivery", "delivered"),
            Map.entry("SetIdealReferral", "ideal"), Map.entry("ShowIdealReferral", "showideal"),
            Map.entry("ShowSources", "sources"), Map.entry("RecordNeed", "need"), Map.entry("MarkBusinessOwner", "owner"),
            Map.entry("MarkColleague", "colleague"), Map.entry("SetReviewLink", "reviewlink"),
            Map.entry("ShowReviewLinks", "reviewlinks"), Map.entry("ConnectCalendar", "calendar"),
            Map.entry("ShowCalendar", "calendarstatus"), Map.entry("DisconnectCalendar", "calendaroff"),
            Map.entry("SetOurDomains", "ourdomains"), Map.entry("SetPrepNotes", "prep"),
            Map.entry("NameCalendarEvent", "eventwith"), Map.entry("SkipCalendarEvent", "skipevent"),
            Map.entry("CalendarAnswerOr", "eventor"), Map.entry("Pleasantry", "pleasantry"),
            Map.entry("Several", "several"), Map.entry("Unsure", "unsure"),
            Map.entry("Unknown", "unknown"), Map.entry("Invalid", "invalid"));

    private CommandFields() {
    }

    static String kind(Command command) {
        return KINDS.getOrDefault(command.getClass().getSimpleName(), command.getClass().getSimpleName());
    }

    /** Each field by its component name; a person's company as "name.company"; absent optionals left out. */
    static Map<String, String> of(Command command, ZoneId zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            try {
                add(fields, component.getName(), component.getAccessor().invoke(command), zone);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static void add(Map<String, String> fields, String name, Object value, ZoneId zone) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> add(fields, name, present, zone));
        } else if (value instanceof PersonRef person) {
            fields.put(name, person.name().display());
            fields.put("@person", name);
            person.company().ifPresent(company -> fields.put(name + ".company", company));
        } else if (value instanceof Money money) {
            fields.put(name, money.amount().toPlainString());
            money.currency().ifPresent(currency -> fields.put("currency", currency));
        } else if (value instanceof Instant instant) {
            fields.put(name, LOCAL.format(instant.atZone(zone)));
        } else if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name().toLowerCase(Locale.ROOT));
        } else if (value instanceof Collection<?> items) {
            fields.put(name, items.stream().map(item -> item instanceof Enum<?> e ? e.ordinal() + ":" + text(e) : text(item))
                    .sorted().map(s -> s.replaceFirst("^\\d+:", "")).collect(Collectors.joining(", ")));
        } else if (value instanceof LeadDetails details) {
            details.email().ifPresent(email -> fields.put("email", email));
            details.phone().ifPresent(phone -> fields.put("phone", phone));
            details.need().ifPresent(need -> fields.put("need", need));
        } else if (value instanceof MonthDay day) {
            fields.put(name, day.toString().substring(2));
        } else if (value instanceof ChannelRef channel) {
            fields.put(name, channel.label().replaceFirst("^#", ""));
        } else if (value instanceof Duration duration) {
            fields.put(name, duration.toString());
        } else if (value instanceof Command nested) {
            fields.put(name, kind(nested));
            of(nested, zone).forEach((key, field) -> {
                if (!key.startsWith("@")) {
                    fields.put(name + "." + key, field);
                }
            });
        } else {
            fields.put(name, String.valueOf(value));
        }
    }

    /** True when the command's component of that name holds a person (plain or optional). */
    static boolean isPerson(Command command, String name) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType() == PersonRef.class || component.getGenericType().getTypeName()
                        .equals("java.util.Optional<" + PersonRef.class.getName() + ">");
            }
        }
        return false;
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }
}
