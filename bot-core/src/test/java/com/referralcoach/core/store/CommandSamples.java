package com.referralcoach.core.store;

import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.language.ImportContacts;
import com.referralcoach.core.language.ConfirmImport;
import com.referralcoach.core.language.UndoImport;
import com.referralcoach.core.language.*;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** At least one command of every kind, with every optional part filled in one sample and left out in another. */
public final class CommandSamples {
    private static final PersonRef JANE = PersonRef.of("Jane Doe", "Acme & Söhne | \"Ltd\"");
    private static final PersonRef TOM = PersonRef.of("Tom Lee");
    private static final Instant AT = Instant.parse("2026-12-05T14:30:15.123456789Z");

    private CommandSamples() {
    }

    public static List<Command> all() {
        LogMeeting meeting = new LogMeeting(JANE, Optional.of("pricing $ . {x}"), Optional.of(AT), AT.plusSeconds(3600));
        return List.of(meeting, new LogMeeting(TOM, Optional.empty(), Optional.empty(), AT),
                new RecordAsk(JANE, AskOutcome.THINKING, Optional.of("she'll think")),
                new RecordAsk(TOM, AskOutcome.DECLINED, Optional.empty()),
                new LogReferral(JANE, TOM, new LeadDetails(Optional.of("tom@globex.com"), Optional.of("+1 555 0100"),
                        Optional.of("CRM help"))),
                new LogReferral(JANE, TOM, LeadDetails.none()),
                new MoveLead(TOM, LeadStage.WON, Optional.of(new Money(new BigDecimal("8500.50"), Optional.of("USD"))),
                        Optional.of("signed!!")),
                new MoveLead(TOM, LeadStage.WON, Optional.of(new Money(new BigDecimal("12000"), Optional.empty())),
                        Optional.empty()),
                new MoveLead(TOM, LeadStage.LOST, Optional.empty(), Optional.empty()),
                new ShowPipeline(), new ShowContact(JANE), new ShowHelp(Optional.of("leads")),
                new ShowHelp(Optional.empty()), new SetTimeZone(ZoneId.of("Europe/Berlin")),
                new SetTimeZone(ZoneId.of("+05:30")), new RecordReferrerUpdate(JANE), new RecordThanks(JANE),
                new SnoozeReminder(Optional.of("3fa9c1"), Optional.of(Duration.ofHours(2))),
                new SnoozeReminder(Optional.empty(), Optional.empty()),
                new SnoozeReminder(Optional.empty(), Optional.of(2), Optional.of(Duration.ofHours(1))),
                new ListReminders(), new CancelReminder("3"),
                new SetWorkingHours(540, 1020), new SetWorkDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                new SetManager("@dana"), new OpenProblem(JANE, Optional.of("invoice sent twice")),
                new OpenProblem(JANE, Optional.empty()), new FixProblem(JANE),
                new RecordWin(JANE, Optional.of("halved onboarding")), new InARush(JANE),
                new RecordSatisfaction(JANE, 9), new SetBirthday(JANE, MonthDay.of(2, 29)),
                new SetCustomerSince(JANE, LocalDate.of(2019, 6, 1)), new SetCheckInCadence(JANE, 30),
                new MarkConnector(JANE), new RecordDelivery(JANE, "the payroll migration"),
                new SetIdealReferral(Optional.of("East"), Optional.of("IT directors")),
                new SetIdealReferral(Optional.empty(), Optional.empty()), new ShowIdealReferral(), new ShowSources(), new RecordNeed(JANE, "a bookkeeper"),
                new MarkBusinessOwner(JANE, Optional.of("Doe Plumbing")), new MarkColleague(JANE, true),
                new SetReviewLink("G2", Optional.of("https://g2.com/r/acme")), new ShowReviewLinks(),
                new TrackEndorsement(JANE, Endorsement.REVIEW, false, Optional.of("G2")), new TrackEndorsement(JANE, Endorsement.LINKEDIN_RECOMMENDATION, true),
                new GiveReferral(JANE, Optional.of("Carl Jones at Initech")), new GiveReferral(TOM, Optional.empty()),
                new ShowLosingTouch(), new ShowWhoToAsk(), new StartReferralMonth(YearMonth.of(2027, 3),
                        Optional.of("East")), new ShowReferralMonth(Optional.empty()),
                new SetGoal(Optional.of("East"), GoalMetric.REFERRALS_GIVEN, 20, GoalPeriod.MONTH),
                new RemoveGoal(Optional.empty(), GoalMetric.ASKS), new ShowGoals(Optional.of("East")),
                new FormTeam("East", List.of("@ana", "@ben")), new ChangeTeam("East", List.of("@cy"), false),
                new SetTeamManager("East", "@dana"), new SetTeamZone("East", ZoneId.of("America/New_York")),
                new AppointManager("@dana", true), new ShowTeams(),
                new ScheduleDigest("East", new ChannelRef("C0123", "#sales-east"), DayOfWeek.MONDAY,
                        LocalTime.of(9, 0)), new StopDigest("East"), new DigestNow("East"),
                new RecordBusiness(Optional.of(new Money(new BigDecimal("5000"), Optional.of("€"))),
                        BusinessSource.REPEAT, Optional.of(JANE)),
                new RecordBusiness(Optional.empty(), BusinessSource.OTHER, Optional.empty()), new UndoLastChange(),
                new ImportContacts("path/to/Connections.csv"), new ConfirmImport("Connections.csv", "ab12", 412),
                new UndoImport(), new ExportData(Optional.empty()), new ExportData(Optional.of("East")),
                new ForgetPerson(JANE), new ConfirmForget("c-123", "Jane Doe (Acme)"),
                new ForgetWorkspace(Optional.empty()), new ForgetWorkspace(Optional.of("T0123")),
                new ConfirmForgetWorkspace("T0123"),
                new UpdateDetails(JANE, Optional.of("Globex"), Optional.of("jane@globex.com"), Optional.empty()),
                new CorrectWin(TOM, new Money(new BigDecimal("9000"), Optional.of("$"))),
                new CorrectBusiness(BusinessSource.REPEAT, new Money(new BigDecimal("9000"), Optional.of("$")),
                        Optional.of(TOM)),
                new FixMeeting(JANE, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(LocalTime.of(13, 30)), Optional.of(LocalTime.of(14, 0)),
                        Optional.of(LocalDate.of(2026, 11, 22))),
                new RenamePerson(JANE, new PersonName("John Doe")),
                new FixMeeting(JANE, Optional.of(LocalDate.of(2026, 11, 23)), Optional.of("pricing"),
                        Optional.of(LocalTime.of(16, 0))),
                new FixMeeting(JANE, Optional.empty(), Optional.empty(), Optional.of(LocalTime.of(9, 30))),
                new MergePeople(PersonRef.of("Jane"), JANE), new ConfirmMerge("c-1", "c-2", "Jane into Jane Doe (Acme)"),
                new DeleteMeeting(JANE, Optional.of(LocalDate.of(2026, 11, 23))), new DeleteMeeting(JANE, Optional.empty()),
                new ConfirmDeleteMeeting("m-1", "the meeting with Jane Doe (Acme) today"),
                new DeleteLead(TOM), new ConfirmDeleteLead("c-456", "Tom Lee (Globex)"),
                new ConnectCalendar("webcal://p42-caldav.icloud.com/published/2/s3cret"), new ShowCalendar(),
                new DisconnectCalendar(), new SetOurDomains(List.of("acme.com", "acme.io")), new SetPrepNotes(true),
                new NameCalendarEvent("Q3 review", JANE), new SkipCalendarEvent(),
                new CalendarAnswerOr(new NameCalendarEvent("Lunch", PersonRef.of("Bo Park")), new UpdateDetails(
                        PersonRef.of("Lunch"), Optional.of("Bo Park"), Optional.empty(), Optional.empty())),
                new Several(List.of(meeting, new LogReferral(JANE, TOM, LeadDetails.none()))),
                new Unsure(meeting, "meeting with Jane Doe (Acme) about pricing"),
                new Pleasantry(Pleasantry.Kind.THANKS),
                new Unknown("meeting", "met Jane Doe"), new Invalid("too long", "help"));
    }
}
