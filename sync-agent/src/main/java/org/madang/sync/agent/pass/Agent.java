package org.madang.sync.agent.pass;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.SyncState;
import org.madang.journal.JournalException;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.Transport;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.device.CentralTrust;
import org.madang.sync.agent.device.SoftwareVersion;
import org.madang.sync.agent.enroll.QueuedEnrollment;
import org.madang.sync.agent.http.HttpClientTransport;
import org.madang.sync.agent.http.HttpOptions;
import org.madang.sync.agent.state.StateKeeper;
import org.madang.sync.agent.text.Text;
import org.madang.sync.agent.upload.Batches;
import org.madang.sync.agent.upload.JournalThread;
import org.madang.sync.api.SyncApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's parts for one data directory, wired together: profile, key, read-only journal,
 * state, HTTP client. Opened once by {@code run} and {@code once}; closing it closes the journal
 * and the connections.
 */
public final class Agent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    private final DeviceProfile profile;
    private final SqliteJournalReader reader;
    private final JournalThread journal;
    private final Transport transport;
    private final StateKeeper keeper;
    private final SyncPass pass;

    private Agent(DeviceProfile profile, SqliteJournalReader reader, JournalThread journal, Transport transport,
            StateKeeper keeper, SyncPass pass) {
        this.profile = profile;
        this.reader = reader;
        this.journal = journal;
        this.transport = transport;
        this.keeper = keeper;
        this.pass = pass;
    }

    /**
     * Opens the device's files and a connection pool to its central.
     *
     * @throws AgentSetupException if a file is missing, invalid or damaged
     */
    public static Agent open(AgentFiles files, HttpOptions http, int maxBatchRecords, Clock clock, SecureRandom random,
            BooleanSupplier stopRequested) throws AgentSetupException {
        return open(files, http, maxBatchRecords, clock, random, stopRequested, () -> { });
    }

    /**
     * Opens the device's files and a connection pool to its central; {@code exchanged} runs after
     * each request to the central has finished, answered or failed (the service's watchdog ping).
     *
     * @throws AgentSetupException if a file is missing, invalid or damaged
     */
    public static Agent open(AgentFiles files, HttpOptions http, int maxBatchRecords, Clock clock, SecureRandom random,
            BooleanSupplier stopRequested, Runnable exchanged) throws AgentSetupException {
        DeviceProfile profile = files.profile();
        Ed25519KeyPair key = files.key();
        CentralTrust tls = files.centralTrust(clock);
        SqliteJournalReader reader = files.openJournal();
        JournalThread journal = null;
        try {
            String journalId = reader.info().journalId();
            SyncState state = files.state(journalId);
            journal = new JournalThread(reader);
            Transport transport = new ProgressTransport(HttpClientTransport.create(profile.centralUrl(), http, tls),
                    exchanged);
            CentralClient central = new CentralClient(transport, profile.centralUrl(), key, clock, random,
                    state.clockOffsetMillis());
            StateKeeper keeper = new StateKeeper(files.stateFile(), state);
            Batches batches = new Batches(reader, profile.deviceId(), journalId, maxBatchRecords,
                    SyncApi.MAX_UPLOAD_BYTES);
            SyncPass pass = new SyncPass(profile.deviceId(), SoftwareVersion.current(), files.dataDir(), central, journal,
                    batches, keeper, files.contentStore(profile), clock, stopRequested, Optional.of(new QueuedEnrollment(
                            profile, key, files.dataDir(), http.connectTimeout(), http.responseTimeout(), clock, random,
                            SoftwareVersion.current(), tls)));
            LOG.info("device {}: sync agent {} for journal {} (acknowledged through {}), central {}",
                    profile.deviceId(), SoftwareVersion.current(), journalId, state.ackedSeq(), profile.centralUrl());
            return new Agent(profile, reader, journal, transport, keeper, pass);
        } catch (JournalException e) {
            if (journal != null) {
                journal.close();
            }
            closeQuietly(reader);
            throw new AgentSetupException(Text.of("error.journal", e.getMessage()), e);
        } catch (AgentSetupException | RuntimeException e) {
            if (journal != null) {
                journal.close();
            }
            closeQuietly(reader);
            throw e;
        }
    }

    /** The device's profile. */
    public DeviceProfile profile() {
        return profile;
    }

    /** The state as it is now. */
    public SyncState state() {
        return keeper.state();
    }

    /** One pass. */
    public SyncPass pass() {
        return pass;
    }

    @Override
    public void close() {
        journal.close();
        try {
            transport.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client", e);
        }
        closeQuietly(reader);
    }

    private static void closeQuietly(SqliteJournalReader reader) {
        try {
            reader.close();
        } catch (JournalException e) {
            LOG.debug("closing the journal reader", e);
        }
    }
}
