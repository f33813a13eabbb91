package org.madang.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules of the check-in rules, the peripherals and the station, checked by the build. */
class StationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.kiosk");

    @Test
    void checkinRulesAndPeripheralsDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk.checkin..", "org.madang.kiosk.hardware..")
                .and().resideOutsideOfPackage("org.madang.kiosk.hardware.pi4j..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the rules and the peripherals run in the headless station, which has no display")
                .check(CLASSES);
    }

    @Test
    void onlyThePeripheralsUsePi4j() {
        noClasses().that().resideOutsideOfPackage("org.madang.kiosk.hardware..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pi4j..")
                .because("the board is behind StatusLed, Buzzer and CallButton; the profile chooses the implementation")
                .check(CLASSES);
    }

    @Test
    void checkinRulesDoNotKnowTheStorageEngineOrTheStation() {
        noClasses().that().resideInAPackage("org.madang.kiosk.checkin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.madang.journal.sqlite..", "org.sqlite..",
                        "org.madang.kiosk.station..", "org.madang.kiosk.hardware..", "picocli..")
                .because("the rules see the journal through its interface and serve the touchscreen and the station alike")
                .check(CLASSES);
    }

    @Test
    void onlyTheBenchmarkUsesItsBenchmarkTokens() {
        noClasses().that().resideOutsideOfPackage("org.madang.kiosk.station.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.kiosk.station.bench..")
                .because("the benchmark's stand-in token verifier must never verify a real scan")
                .check(CLASSES);
    }
}
