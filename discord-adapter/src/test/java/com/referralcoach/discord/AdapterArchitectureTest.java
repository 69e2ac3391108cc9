package com.referralcoach.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AdapterArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.referralcoach.discord");

    @Test
    void onlyTheEntryAndItsSettingsArePublic() {
        classes().that().arePublic().should().haveSimpleName("DiscordBot").orShould().haveSimpleName("DiscordSettings")
                .orShould().haveSimpleName("DiscordShards").check(ADAPTER);
    }

    @Test
    void theAdapterTalksToTheEngineAndPortsNeverToStorageOrScheduling() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.referralcoach.core.store..",
                "com.referralcoach.core.schedule..", "com.referralcoach.core.language..", "com.mongodb..",
                "org.quartz..").check(ADAPTER);
    }
}
