package org.madang.kiosk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The touchscreen's MVVM rules (docs/decisions/0008), checked by the build. */
class UiArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.kiosk.ui");

    @Test
    void viewModelsPortsAndTextsDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk.ui.model..", "org.madang.kiosk.ui.port..",
                        "org.madang.kiosk.ui.text..", "org.madang.kiosk.ui.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("view models are plain Java, tested without a screen")
                .check(CLASSES);
    }

    @Test
    void viewModelsDoNotKnowTheViews() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk.ui.model..", "org.madang.kiosk.ui.port..")
                .should().dependOnClassesThat().resideInAnyPackage("org.madang.kiosk.ui.view..",
                        "org.madang.kiosk.ui.demo..", "org.madang.kiosk.ui.sound..")
                .because("views depend on view models, never the other way round; fakes are chosen by the wiring")
                .check(CLASSES);
    }

    @Test
    void onlyTheWiringKnowsTheDemoFakes() {
        noClasses().that().resideInAnyPackage("org.madang.kiosk.ui.view..", "org.madang.kiosk.ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.madang.kiosk.ui.demo..")
                .check(CLASSES);
    }
}
