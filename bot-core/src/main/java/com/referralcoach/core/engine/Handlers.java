package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.language.CancelReminder;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.ListReminders;
import com.referralcoach.core.language.RecordReferrerUpdate;
import com.referralcoach.core.language.RecordThanks;
import com.referralcoach.core.language.SetManager;
import com.referralcoach.core.language.SetWorkDays;
import com.referralcoach.core.language.SetWorkingHours;
import com.referralcoach.core.language.SnoozeReminder;
import com.referralcoach.core.language.Invalid;
import com.referralcoach.core.language.LogMeeting;
import com.referralcoach.core.language.LogReferral;
import com.referralcoach.core.language.MoveLead;
import com.referralcoach.core.language.RecordAsk;
import com.referralcoach.core.language.SetTimeZone;
import com.referralcoach.core.language.ShowContact;
import com.referralcoach.core.language.Pleasantry;
import com.referralcoach.core.language.ShowHelp;
import com.referralcoach.core.language.ShowPipeline;
import com.referralcoach.core.language.Unknown;
import com.referralcoach.core.language.Several;
import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.language.UndoLastChange;
import com.referralcoach.core.language.ConfirmImport;
import com.referralcoach.core.language.ImportContacts;
import com.referralcoach.core.language.UndoImport;
import com.referralcoach.core.language.ConfirmForget;
import com.referralcoach.core.language.ConfirmForgetWorkspace;
import com.referralcoach.core.language.ExportData;
import com.referralcoach.core.language.ForgetPerson;
import com.referralcoach.core.language.ForgetWorkspace;
import com.referralcoach.core.language.ConfirmDeleteLead;
import com.referralcoach.core.language.CorrectBusiness;
import com.referralcoach.core.language.CorrectWin;
import com.referralcoach.core.language.DeleteLead;
import com.referralcoach.core.language.FixMeeting;
import com.referralcoach.core.language.DeleteMeeting;
import com.referralcoach.core.language.ConfirmDeleteMeeting;
import com.referralcoach.core.language.MergePeople;
import com.referralcoach.core.language.ConfirmMerge;
import com.referralcoach.core.language.RenamePerson;
import com.referralcoach.core.language.UpdateDetails;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One handler per command type; a test checks that every permitted command has one. */
final class Handlers {
    private final Map<Class<? extends Command>, CommandHandler<?>> byType = new HashMap<>();

    static Handlers all(CoachStore store, DigestRequests requests) {
        return all(store, requests, ContactFiles.NONE, ImportProgress.NONE);
    }

    static Handlers all(CoachStore store, DigestRequests requests, ContactFiles files, ImportProgress progress) {
        return all(store, requests, files, progress, ExportFiles.NONE);
    }

    static Handlers all(CoachStore store, DigestRequests requests, ContactFiles files, ImportProgress progress,
                        ExportFiles exports) {
        return all(store, requests, files, progress, exports, java.util.Optional.empty());
    }

    static Handlers all(CoachStore store, DigestRequests requests, ContactFiles files, ImportProgress progress,
                        ExportFiles exports, java.util.Optional<CalendarDesk> calendar) {
        Scorekeeper score = new Scorekeeper(store.tallies());
        PeopleFinder people = new PeopleFinder(store.contacts());
        Relationships relationships = HabitHandlers.relationships(store);
        ContactView contactView = new ContactView(people, store.contacts(), store.meetings(), store.asks(),
                store.referrals(), new RelationshipFields(relationships));
        AskCoach coach = new AskCoach(relationships, store.relationships(),
                new com.referralcoach.core.coaching.LeadsToGive(store.contacts()));
        CheckIns checkIns = HabitHandlers.checkIns(store);
        ReminderPlanner planner = new ReminderPlanner(store.reminders());
        ReferrerCareHandler care = new ReferrerCareHandler(people, store.referrals(), planner, score);
        RemindersHandler reminders = new RemindersHandler(store.reminders(), store.contacts());
        WorkingHoursHandler settings = new WorkingHoursHandler(store.reps());
        WinCorrection wins = new WinCorrection(people, store.referrals(), store.tallies());
        return GoalHandlers.register(HabitHandlers.register(new Handlers()
                .add(LogMeeting.class, new MeetingHandler(people, store.meetings(), coach, planner, checkIns, score,
                        calendar.<MeetingHandler.PrepNotes>map(d -> d.book()::prepNotes).orElse((w, r) -> false)))
                .add(RecordAsk.class, new AskHandler(people, store.asks(), store.contacts(), checkIns, score,
                        new ReferralMonthAsks(store.relationships(), store.asks(), score)))
                .add(LogReferral.class, new ReferralHandler(people, store.contacts(), store.referrals(), planner, score))
                .add(MoveLead.class, new WonDealFollowUp(
                        new LeadStageHandler(people, store.contacts(), store.referrals(), planner, score, wins), people,
                        store.referrals(), store.reminders(), store.relationships(), new DealSizes(store.tallies())))
                .add(RecordReferrerUpdate.class, care.updates())
                .add(RecordThanks.class, care.thanks())
                .add(ListReminders.class, reminders.list())
                .add(SnoozeReminder.class, reminders.snooze())
                .add(CancelReminder.class, reminders.cancel())
                .add(SetWorkingHours.class, settings.hours())
                .add(SetWorkDays.class, settings.days())
                .add(SetManager.class, settings.manager())
                .add(ShowPipeline.class, new PipelineView(store.contacts(), store.referrals()))
                .add(ShowContact.class, contactView)
                .add(ShowHelp.class, new HelpHandler())
                .add(Pleasantry.class, new PleasantryHandler())
                .add(SetTimeZone.class, new TimeZoneHandler(store.reps()))
                .add(Unknown.class, new NotUnderstoodHandler(people, contactView))
                .add(Invalid.class, new InvalidHandler()), store, people, coach, score), store, requests, people, coach)
                .withCompounds(store).withImports(store, files, progress).withDataRights(store, people, exports)
                .withCorrections(store, people, coach, wins)
                .withCalendar(calendar, new Roles(store.teams(), store.reps()), people);
    }

    /** The calendar's commands; without a calendar desk they say calendars can't be connected here. */
    private Handlers withCalendar(java.util.Optional<CalendarDesk> calendar, Roles roles, PeopleFinder people) {
        return CalendarHandlers.register(this, calendar, roles, people);
    }

    /** Corrections: a won lead's amount, a person's details, a person's name, two people merged, a meeting's topic or end, a meeting or a lead deleted. */
    private Handlers withCorrections(CoachStore store, PeopleFinder people, AskCoach coach, WinCorrection wins) {
        Named named = new Named(people);
        add(CorrectWin.class, wins);
        add(CorrectBusiness.class, new BusinessCorrection(people, store.business(), store.tallies()));
        add(UpdateDetails.class, new DetailsHandler(named, store.contacts(), coach));
        add(RenamePerson.class, new RenameHandler(named, people, store.contacts()));
        add(FixMeeting.class, new MeetingFix(named, store.meetings(), new ReminderPlanner(store.reminders()),
                store.tallies()));
        MeetingDeletion meetings = new MeetingDeletion(named, store.meetings(), new ReminderPlanner(store.reminders()),
                store.questions(), store.tallies());
        add(DeleteMeeting.class, meetings.ask());
        add(ConfirmDeleteMeeting.class, meetings.confirm());
        LeadDeletion leads = new LeadDeletion(people, store.contacts(), store.referrals(), store.reminders(),
                store.questions(), store.tallies());
        PersonMerge merge = new PersonMerge(people, store.contacts(), store.merges(), store.questions());
        add(MergePeople.class, merge.ask());
        add(ConfirmMerge.class, merge.confirm());
        add(DeleteLead.class, leads.ask());
        add(ConfirmDeleteLead.class, leads.confirm());
        return this;
    }

    /** Export (a rep's or a team's data as a zip) and the right to erasure (a person, a whole workspace). */
    private Handlers withDataRights(CoachStore store, PeopleFinder people, ExportFiles exports) {
        add(ExportData.class, new ExportHandler(store.reps(), store.teams(), new Roles(store.teams(), store.reps()),
                exports, store.records()));
        ForgetHandler forget = new ForgetHandler(people, store.contacts(), store.erasures(), store.questions());
        add(ForgetPerson.class, forget.ask());
        add(ConfirmForget.class, forget.confirm());
        WorkspaceForgetHandler workspace = new WorkspaceForgetHandler(store.erasures(), store.questions());
        add(ForgetWorkspace.class, workspace.ask());
        add(ConfirmForgetWorkspace.class, workspace.confirm());
        return this;
    }

    /** Contact imports: the preview, the import on its "yes", and "undo import". */
    private Handlers withImports(CoachStore store, ContactFiles files, ImportProgress progress) {
        ImportDesk desk = new ImportDesk(store.imports(), store.relationships(), store.reminders());
        add(ImportContacts.class, new ImportPreview(files, desk, store.questions()));
        add(ConfirmImport.class, new ImportRun(files, desk, new RelationshipPlanner(store.reminders()), progress));
        add(UndoImport.class, new ImportUndo(desk));
        return this;
    }

    /** Several things in one message are carried out in order, their answers one after the other. */
    private Handlers withCompounds(CoachStore store) {
        add(Several.class, (several, conversation) -> Reply.joined(several.commands().stream()
                .map(command -> handle(command, conversation)).toList()));
        add(Unsure.class, new UnsureHandler(store.questions(), new PeopleFinder(store.contacts()), this::handle));
        add(UndoLastChange.class, new UndoHandler(store.changes(), store.contacts(), store.imports()));
        return this;
    }

    <C extends Command> Handlers add(Class<C> type, CommandHandler<C> handler) {
        byType.put(type, handler);
        return this;
    }

    Set<Class<? extends Command>> types() {
        return byType.keySet();
    }

    @SuppressWarnings("unchecked")
    <C extends Command> Reply handle(C command, Conversation conversation) {
        CommandHandler<C> handler = (CommandHandler<C>) byType.get(command.getClass());
        if (handler == null) {
            throw new ReferralCoachException("no handler for " + command.getClass().getSimpleName());
        }
        return handler.handle(command, conversation);
    }
}
