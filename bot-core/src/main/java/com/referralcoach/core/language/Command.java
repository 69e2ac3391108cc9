package com.referralcoach.core.language;

/** Something a rep asked the bot to do, as the parser understood it. */
public sealed interface Command
        permits LogMeeting, RecordAsk, LogReferral, MoveLead, ShowPipeline, ShowContact, ShowHelp,
        SetTimeZone, RecordReferrerUpdate, RecordThanks, SnoozeReminder, ListReminders, CancelReminder,
        SetWorkingHours, SetWorkDays, SetManager,
        OpenProblem, FixProblem, RecordWin, InARush, RecordSatisfaction, SetBirthday, SetCustomerSince,
        SetCheckInCadence, MarkConnector, TrackEndorsement, GiveReferral, ShowLosingTouch, ShowWhoToAsk,
        StartReferralMonth, ShowReferralMonth,
        SetGoal, RemoveGoal, ShowGoals, FormTeam, ChangeTeam, SetTeamManager, SetTeamZone, AppointManager, ShowTeams,
        ScheduleDigest, StopDigest, DigestNow, RecordBusiness, UndoLastChange, ImportContacts, ConfirmImport, UndoImport,
        ExportData, ForgetPerson, ConfirmForget, ForgetWorkspace, ConfirmForgetWorkspace,
        UpdateDetails, CorrectWin, CorrectBusiness, RenamePerson, FixMeeting, MergePeople, ConfirmMerge, DeleteLead, ConfirmDeleteLead, DeleteMeeting, ConfirmDeleteMeeting,
        RecordDelivery, SetIdealReferral, ShowIdealReferral, ShowSources, RecordNeed, MarkBusinessOwner, MarkColleague, SetReviewLink, ShowReviewLinks,
        ConnectCalendar, ShowCalendar, DisconnectCalendar, SetOurDomains, SetPrepNotes, NameCalendarEvent,
        SkipCalendarEvent, CalendarAnswerOr, Pleasantry,
        Several, Unsure, Unknown, Invalid {
}
