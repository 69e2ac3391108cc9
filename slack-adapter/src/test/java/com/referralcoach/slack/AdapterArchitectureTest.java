package com.referralcoach.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Slack adapter translates and renders: one public entry, the engine and ports behind it, time from outside. */
class AdapterArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.referralcoach.slack");

    @Test
    void onlyTheEntryAndItsSettingsArePublic() {
        classes().that().arePublic().and().areTopLevelClasses().should().haveSimpleName("SlackBot").orShould().haveSimpleName("SlackSettings")
                .check(ADAPTER);
    }

    @Test
    void theAdapterTalksToTheEngineAndPortsNeverToStorageOrScheduling() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.referralcoach.core.store..",
                "com.referralcoach.core.schedule..", "com.referralcoach.core.language..", "com.mongodb..",
                "org.quartz..", "net.dv8tion..").check(ADAPTER);
    }

    @Test
    void theAdapterReadsTimeFromTheClockItIsGiven() {
        noClasses().should().callMethod(Clock.class, "systemUTC").orShould().callMethod(Instant.class, "now")
                .check(ADAPTER);
    }
}
