package com.referralcoach.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.port.CoachStore;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;

@AnalyzeClasses(packages = "com.referralcoach.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {
        "com.referralcoach.core.domain..", "com.referralcoach.core.language..",
        "com.referralcoach.core.engine..", "com.referralcoach.core.reply..", "com.referralcoach.core.port..",
        "com.referralcoach.core.reminders..", "com.referralcoach.core.coaching..",
        "com.referralcoach.core.digest..", "com.referralcoach.core.inbox..", "com.referralcoach.core.contactfile..",
        "com.referralcoach.core.calendar.."};

    @ArchTest
    static final ArchRule engineKnowsNoStorageOrScheduler = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "org.quartz..", "de.bwaldvogel..",
                    "com.referralcoach.core.store..", "com.referralcoach.core.schedule..");

    /** An export writes its JSON with BSON's streaming writer, and nothing else of storage. */
    @ArchTest
    static final ArchRule exportWritesNoStore = noClasses().that().resideInAPackage("com.referralcoach.core.export..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.quartz..", "de.bwaldvogel..",
                    "com.referralcoach.core.store..", "com.referralcoach.core.schedule..");

    /**
     * Calendar feeds are understood in {@code calendar}, which knows no network: only its HTTP adapter
     * ({@code calendar.http}) opens connections or resolves hosts, and nothing else in the core speaks HTTP.
     */
    @ArchTest
    static final ArchRule calendarReadsNoNetwork = noClasses()
            .that().resideInAPackage("com.referralcoach.core.calendar")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.referralcoach.core.calendar.http..", "java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket");

    @ArchTest
    static final ArchRule onlyTheFeedAdapterSpeaksHttp = noClasses()
            .that().resideOutsideOfPackage("com.referralcoach.core.calendar.http..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..");

    /** The feed adapter shows the reader and its limits; its parts stay package-private. */
    @ArchTest
    static final ArchRule feedAdapterIsSmall = classes()
            .that().resideInAPackage("com.referralcoach.core.calendar.http..").and().arePublic()
            .should().haveSimpleName("HttpCalendarFeedReader").orShould().haveSimpleName("FeedReadLimits");

    /** The embedded store is a module of its own (embedded-store); the core reaches any MongoDB through the driver. */
    @ArchTest
    static final ArchRule coreKnowsNoEmbeddedStore = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "de.bwaldvogel..", "org.h2..", "io.netty..", "com.referralcoach.store.embedded..");

    @ArchTest
    static final ArchRule coreKnowsNoPlatform = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.slack..", "net.dv8tion..", "com.referralcoach.app..", "java.io.Console");

    @ArchTest
    static final ArchRule domainAndLanguageStandAlone = noClasses().that().resideInAnyPackage(
                    "com.referralcoach.core.domain..", "com.referralcoach.core.language..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.referralcoach.core.engine..", "com.referralcoach.core.port..");

    /** Every "now" comes from the injected Clock, so every rule can be tested on any day at any hour. */
    @ArchTest
    static final ArchRule nothingReadsTheSystemClock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Year.class, "now")
            .orShould().callMethod(YearMonth.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callConstructor(Date.class);

    /**
     * Handlers, views and reminder kinds get the ports they use, so their needs show in their constructors. Only the
     * engine's facade keeps the whole store; wiring code may take it as a parameter to hand out its ports.
     */
    @ArchTest
    static final ArchRule onlyTheEngineHoldsTheWholeStore = noFields().that().haveRawType(CoachStore.class)
            .should().notBeDeclaredIn(BotEngine.class)
            .because("a handler that holds the whole CoachStore hides which ports it needs");

    /** The packages of the core form layers: none reaches back into one that depends on it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.referralcoach.core.(**)").should().beFreeOfCycles();
}
