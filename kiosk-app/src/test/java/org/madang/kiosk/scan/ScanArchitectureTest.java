package org.madang.kiosk.scan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * QR input's package rules, checked by the build.
 *
 * <p>The rules are checked from {@code @ArchTest} methods, not {@code @ArchTest} fields: under
 * Surefire 3.5.3 field rules are silently not run (TNG/ArchUnit#1442; "Tests run: 0").
 */
@AnalyzeClasses(packages = "org.madang.kiosk.scan", importOptions = ImportOption.DoNotIncludeTests.class)
class ScanArchitectureTest {

    private static final ArchRule ONLY_THE_FX_ADAPTER_USES_JAVAFX = noClasses()
            .that().resideInAPackage("org.madang.kiosk.scan..")
            .and().resideOutsideOfPackage("org.madang.kiosk.scan.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("scan rules are tested without a screen and reused by the headless station");

    private static final ArchRule ONLY_THE_SERIAL_PACKAGE_USES_JSERIALCOMM = noClasses()
            .that().resideInAPackage("org.madang.kiosk.scan..")
            .and().resideOutsideOfPackage("org.madang.kiosk.scan.serial..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..");

    private static final ArchRule ONLY_THE_CAMERA_PIPELINE_USES_ZXING = noClasses()
            .that().resideInAPackage("org.madang.kiosk.scan..")
            .and().resideOutsideOfPackages("org.madang.kiosk.scan.camera..", "org.madang.kiosk.scan.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..");

    private static final ArchRule SCANNING_DEPENDS_ON_NOTHING_IT_FEEDS = noClasses()
            .that().resideInAPackage("org.madang.kiosk.scan..")
            .should().dependOnClassesThat().resideInAnyPackage("org.madang.kiosk.ui..", "org.madang.kiosk.checkin..",
                    "org.madang.kiosk.station..", "org.madang.journal..")
            .because("scanning only reads codes; what a code means is decided by those it feeds");

    @ArchTest
    void nothingButTheFxAdapterDependsOnJavaFx(JavaClasses classes) {
        ONLY_THE_FX_ADAPTER_USES_JAVAFX.check(classes);
    }

    @ArchTest
    void jSerialCommStaysBehindTheSerialAdapter(JavaClasses classes) {
        ONLY_THE_SERIAL_PACKAGE_USES_JSERIALCOMM.check(classes);
    }

    @ArchTest
    void zxingStaysInTheCameraPipeline(JavaClasses classes) {
        ONLY_THE_CAMERA_PIPELINE_USES_ZXING.check(classes);
    }

    @ArchTest
    void scanningNeverReachesIntoTheUiTheCheckInRulesOrTheJournal(JavaClasses classes) {
        SCANNING_DEPENDS_ON_NOTHING_IT_FEEDS.check(classes);
    }
}
