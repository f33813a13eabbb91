package org.madang.kiosk.vote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules of the voting rules, checked by the build. */
class VoteArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.kiosk");

    @Test
    void votingRulesKnowNoScreenNoStorageEngineAndNoStation() {
        noClasses().that().resideInAPackage("org.madang.kiosk.vote..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.madang.kiosk.ui..",
                        "org.madang.journal.sqlite..", "org.sqlite..", "org.madang.kiosk.station..")
                .because("the rules are plain Java over the journal's interface, tested without a screen")
                .check(CLASSES);
    }
}
