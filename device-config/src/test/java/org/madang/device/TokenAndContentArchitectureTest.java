package org.madang.device;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules of the token, content and JOSE code, which the kiosk and the sync agent reuse. */
class TokenAndContentArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.madang.device");

    @Test
    void tokenContentAndJoseKnowNothingOfTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.madang.device.token..", "org.madang.device.content..",
                        "org.madang.device.jose..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.madang.device.cli..", "javafx..")
                .because("token and content rules are plain Java the kiosk calls without a command line or UI")
                .check(CLASSES);
    }

    @Test
    void joseIsTheOnlyBridgeToNimbusSigning() {
        noClasses().that().resideOutsideOfPackage("org.madang.device.jose..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
                .because("Ed25519 goes through the journal's key classes and the jose adapters (decision 0003)")
                .check(CLASSES);
    }

    @Test
    void tokensDoNotDependOnContent() {
        noClasses().that().resideInAPackage("org.madang.device.token..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.device.content..")
                .because("content carries revocations and the member hash key to the token rules, not the other way")
                .check(CLASSES);
    }
}
