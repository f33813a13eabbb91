package org.madang.sync.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** The agent's package rules. */
@AnalyzeClasses(packages = "org.madang.sync.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    void onlyTheHttpPackageKnowsTheHttpClient(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.madang.sync.agent.http..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.hc..")
                .check(classes);
    }

    @ArchTest
    void theStateFileIsUsableByTheKioskWithoutTheAgentsMachinery(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.madang.sync.agent.state..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.hc..", "org.madang.sync.agent.central..",
                        "org.madang.sync.agent.upload..", "org.madang.sync.agent.pass..", "org.madang.sync.agent.cli..",
                        "picocli..")
                .check(classes);
    }

    @ArchTest
    void rulesDoNotReachIntoTheCommandLine(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.madang.sync.agent.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.sync.agent.cli..")
                .check(classes);
    }
}
