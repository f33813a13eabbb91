package org.madang.sync.agent.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madang.device.content.ContentProblem;
import org.madang.device.content.ContentStore;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.http.HttpClientTransport;
import org.madang.sync.agent.state.StateKeeper;
import org.madang.sync.agent.testing.AgentHarness;
import org.madang.sync.agent.testing.ScriptedCentral;
import org.madang.sync.agent.testing.TestDevice;

class ContentSyncTest {

    @TempDir
    Path dataDir;

    private ScriptedCentral central;
    private TestDevice device;
    private HttpClientTransport transport;
    private ContentStore store;
    private StateKeeper keeper;
    private ContentSync sync;

    @BeforeEach
    void start() throws Exception {
        central = ScriptedCentral.start();
        device = TestDevice.create(dataDir, central.url());
        central.enrol(device.key().publicKey());
        transport = HttpClientTransport.create(central.url(), AgentHarness.HTTP, Optional::empty);
        CentralClient client = new CentralClient(transport, central.url(), device.key(), Clock.systemUTC(),
                new SecureRandom(), 0);
        AgentFiles files = AgentFiles.at(dataDir);
        store = files.contentStore(files.profile());
        keeper = new StateKeeper(SyncStateFile.in(dataDir), SyncState.initial(device.journalId()));
        sync = new ContentSync(TestDevice.DEVICE_ID, client, store, keeper);
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        device.close();
        central.close();
    }

    private int installedVersion() throws Exception {
        return store.current().orElseThrow().bundle().version();
    }

    @Test
    void nothingPublishedIsNormal() throws Exception {
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.NOTHING_PUBLISHED);
        assertThat(store.current()).isEmpty();
    }

    @Test
    void installsANewBundleAndRecordsItsEtagThenAsksConditionally() throws Exception {
        central.publish(device.contentBundle(3), 3);
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.INSTALLED);
        assertThat(installedVersion()).isEqualTo(3);
        SyncState state = SyncStateFile.in(dataDir).read().orElseThrow();
        assertThat(state.contentEtag()).contains("\"3\"");
        assertThat(state.contentVersion()).contains(3);

        assertThat(sync.run().outcome()).as("If-None-Match gives 304").isEqualTo(ContentSync.Outcome.UNCHANGED);

        central.publish(device.contentBundle(4), 4);
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.INSTALLED);
        assertThat(installedVersion()).isEqualTo(4);
    }

    @Test
    void invalidBundleIsRefusedAndTheInstalledOneKept() throws Exception {
        central.publish(device.contentBundle(3), 3);
        sync.run();
        central.publish(device.untrustedContentBundle(9), 9);
        ContentSync.Report report = sync.run();
        assertThat(report.outcome()).isEqualTo(ContentSync.Outcome.INVALID);
        assertThat(report.problems()).extracting(ContentProblem::code).contains(ContentProblem.Code.SIGNATURE_INVALID);
        assertThat(installedVersion()).isEqualTo(3);
        assertThat(keeper.state().contentEtag()).as("recorded only after an install").contains("\"3\"");
    }

    @Test
    void olderBundleIsARollbackAndRefused() throws Exception {
        central.publish(device.contentBundle(5), 5);
        sync.run();
        central.publish(device.contentBundle(2), 2);
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.ROLLBACK_REFUSED);
        assertThat(installedVersion()).isEqualTo(5);
        assertThat(keeper.state().contentVersion()).contains(5);
    }

    @Test
    void sameVersionInstalledByOtherMeansOnlyRecordsTheEtag() throws Exception {
        store.install(device.contentBundle(6));
        central.publish(device.contentBundle(6), 6);
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.ALREADY_INSTALLED);
        assertThat(keeper.state().contentEtag()).contains("\"6\"");
        assertThat(sync.run().outcome()).isEqualTo(ContentSync.Outcome.UNCHANGED);
    }
}
