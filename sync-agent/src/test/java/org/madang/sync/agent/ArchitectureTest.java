package org.madang.sync.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.sync.agent.notify.ServiceNotifier;
import org.madang.sync.agent.pass.SyncLoop;
import org.madang.sync.agent.state.StateKeeper;

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
    void onlyTheNotifyPackageKnowsJunixsocket(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.madang.sync.agent.notify..")
                .should().dependOnClassesThat().resideInAPackage("org.newsclub..")
                .because("the loop and its tests see a ServiceNotifier, never a socket")
                .check(classes);
    }

    @ArchTest
    void onlyTheLoopPingsTheWatchdog(JavaClasses classes) {
        // A ping from a timer or another thread would keep a hung loop alive in systemd's eyes. (The
        // run command also hands notifier::watchdog to the transport: a finished request is progress.)
        noClasses().that().doNotBelongToAnyOf(SyncLoop.class)
                .should().callMethod(ServiceNotifier.class, "watchdog")
                .orShould().callMethod(ServiceNotifier.class, "watchdog", String.class)
                .because("WATCHDOG=1 means the loop made progress")
                .check(classes);
    }

    @ArchTest
    void onlyTheStateKeeperWritesTheStateFile(JavaClasses classes) {
        // The state file's format lives in device-config (the kiosk reads it); within the agent, one
        // keeper serialises every update so no two writers interleave their read-modify-write.
        noClasses().that().doNotBelongToAnyOf(StateKeeper.class)
                .should().callMethod(SyncStateFile.class, "write", SyncState.class)
                .because("StateKeeper is the agent's one writer of sync/state.json")
                .check(classes);
    }

    @ArchTest
    void rulesDoNotReachIntoTheCommandLine(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.madang.sync.agent.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.madang.sync.agent.cli..")
                .check(classes);
    }
}
