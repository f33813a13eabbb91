package org.madang.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The journal's package rules, checked by the build. */
@AnalyzeClasses(packages = "org.madang.journal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Storage details stay in the sqlite package: callers depend on the ports, not on JDBC. */
    @ArchTest
    static final ArchRule onlyTheSqlitePackageUsesJdbc = noClasses()
            .that().resideOutsideOfPackages("org.madang.journal.sqlite..", "org.madang.journal.diagnostics..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the journal's API and its chain rules must not depend on the storage engine");

    /** The chain and signing rules are plain Java that the central reuses. */
    @ArchTest
    static final ArchRule chainAndSigningDoNotReachIntoStorage = noClasses()
            .that().resideInAnyPackage("org.madang.journal.chain..", "org.madang.journal.signing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.madang.journal.sqlite..", "org.madang.journal.diagnostics..");

    /** Bouncy Castle is an implementation detail of signing. */
    @ArchTest
    static final ArchRule onlySigningUsesBouncyCastle = noClasses()
            .that().resideOutsideOfPackage("org.madang.journal.signing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..");

    /** The journal is a library: no UI, no HTTP. */
    @ArchTest
    static final ArchRule noUiOrHttp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.hc..", "java.net.http..");
}
