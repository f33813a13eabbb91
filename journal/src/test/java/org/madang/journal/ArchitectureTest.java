package org.madang.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The journal's package rules, checked by the build. Rules are methods, not fields: Surefire
 * 3.5.3 runs no {@code @ArchTest} fields (TNG/ArchUnit#1442), which would pass without checking.
 */
@AnalyzeClasses(packages = "org.madang.journal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Storage details stay in the sqlite package: callers depend on the ports, not on JDBC. */
    @ArchTest
    void onlyTheSqlitePackageUsesJdbc(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackages("org.madang.journal.sqlite..", "org.madang.journal.diagnostics..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("the journal's API and its chain rules must not depend on the storage engine")
                .check(classes);
    }

    /** The chain and signing rules are plain Java that the central reuses. */
    @ArchTest
    void chainAndSigningDoNotReachIntoStorage(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("org.madang.journal.chain..", "org.madang.journal.signing..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.madang.journal.sqlite..", "org.madang.journal.diagnostics..")
                .check(classes);
    }

    /** Bouncy Castle is an implementation detail of signing. */
    @ArchTest
    void onlySigningUsesBouncyCastle(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.madang.journal.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
                .check(classes);
    }

    /** The journal is a library: no UI, no HTTP. */
    @ArchTest
    void noUiOrHttp(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.hc..", "java.net.http..")
                .check(classes);
    }
}
