package org.madang.kiosk.keyboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The keyboard's rules stay plain Java, so the composer and the entry model are tested without a screen. */
class KeyboardArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.kiosk.keyboard");

    @Test
    void keyboardRulesDoNotUseJavaFxNorTheViews() {
        noClasses().that().resideInAPackage("org.madang.kiosk.keyboard..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.madang.kiosk.ui.view..")
                .because("the composer and TextEntry are plain Java (docs/decisions/0008)")
                .check(CLASSES);
    }
}
