package com.referralcoach.core;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.referralcoach.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {
        "com.referralcoach.core.domain..", "com.referralcoach.core.language..",
        "com.referralcoach.core.engine..", "com.referralcoach.core.reply..", "com.referralcoach.core.port..",
        "com.referralcoach.core.reminders.."};

    @ArchTest
    static final ArchRule engineKnowsNoStorageOrScheduler = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "org.quartz..", "de.bwaldvogel..",
                    "com.referralcoach.core.store..", "com.referralcoach.core.schedule..");

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

    @ArchTest
    static final ArchRule remindersNeverReadTheTimeThemselves = noClasses().that()
            .resideInAPackage("com.referralcoach.core.reminders..")
            .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time..")))))
            .orShould().callMethodWhere(target(name("systemUTC")).or(target(name("systemDefaultZone"))));
}
