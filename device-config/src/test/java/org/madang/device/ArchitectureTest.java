package org.madang.device;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of device-config, checked by the build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.device");

    @Test
    void rulesDoNotDependOnTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.madang.device.profile..", "org.madang.device.pin..",
                        "org.madang.device.keys..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.madang.device.cli..")
                .because("the rules are plain Java that the kiosk and the sync agent reuse without a command line")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineOpensTheSqliteJournal() {
        noClasses().that().resideOutsideOfPackage("org.madang.device.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.madang.journal.sqlite..", "org.sqlite..")
                .because("storage is chosen at the edge; rule classes see the journal through its interfaces")
                .check(CLASSES);
    }

    @Test
    void pinAndKeysDoNotReadProfiles() {
        noClasses().that().resideInAnyPackage("org.madang.device.pin..", "org.madang.device.keys..")
                .should().dependOnClassesThat().resideInAnyPackage("org.madang.device.profile..", "com.fasterxml..")
                .because("the profile refers to the PIN hash, never the other way round")
                .check(CLASSES);
    }
}
