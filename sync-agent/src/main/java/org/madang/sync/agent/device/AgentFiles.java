package org.madang.sync.agent.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.device.content.ContentStore;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.keys.DeviceKeyException;
import org.madang.device.keys.DeviceKeyStore;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.ProfileException;
import org.madang.device.profile.TrustedKey;
import org.madang.device.sync.CorruptStateException;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalException;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.sync.api.tls.PinnedCaException;
import org.madang.sync.agent.text.Text;

/**
 * The device's data directory as the agent sees it: what it reads (profile, key, journal) and
 * where it writes (only {@code sync/}, and content through {@link ContentStore}). Every read fails
 * with a message that names the file and the fix.
 */
public record AgentFiles(Path dataDir) {

    /** The journal's file name (as device-config creates it). */
    public static final String JOURNAL_FILE = "journal.db";

    /** The files of a data directory, which must exist. */
    public static AgentFiles at(Path dataDir) throws AgentSetupException {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new AgentSetupException(Text.of("error.data-dir.missing", root), null);
        }
        return new AgentFiles(root);
    }

    /** The agent's own directory. */
    public Path syncDir() {
        return dataDir.resolve(SyncStateFile.DIRECTORY);
    }

    /** The state file. */
    public SyncStateFile stateFile() {
        return SyncStateFile.in(dataDir);
    }

    /** The journal file. */
    public Path journalFile() {
        return dataDir.resolve(JOURNAL_FILE);
    }

    /** Reads and validates the profile. */
    public DeviceProfile profile() throws AgentSetupException {
        Path file = DeviceProfiles.fileIn(dataDir);
        try {
            return DeviceProfiles.read(file);
        } catch (NoSuchFileException e) {
            throw new AgentSetupException(Text.of("error.profile.missing", file), e);
        } catch (IOException e) {
            throw new AgentSetupException(Text.of("error.file.unreadable", file, e.toString()), e);
        } catch (ProfileException e) {
            throw new AgentSetupException(Text.of("error.profile.invalid", file, e.getMessage()), e);
        }
    }

    /** Loads the device key (refusing a private key others can read). */
    public Ed25519KeyPair key() throws AgentSetupException {
        try {
            return DeviceKeyStore.in(dataDir).load();
        } catch (DeviceKeyException e) {
            throw new AgentSetupException(Text.of("error.key", e.getMessage()), e);
        }
    }

    /** Loads the device's public key alone. */
    public Ed25519PublicKey publicKey() throws AgentSetupException {
        try {
            return DeviceKeyStore.in(dataDir).loadPublicKey();
        } catch (DeviceKeyException e) {
            throw new AgentSetupException(Text.of("error.key", e.getMessage()), e);
        }
    }

    /**
     * The trust for TLS to the central: the pinned CAs ({@code keys/central-ca.pem}, installed with
     * {@code device-config trust-ca}), or the system's trust store without that file; read again
     * whenever the file changes.
     *
     * @throws AgentSetupException when the file is there now but cannot be used
     */
    public CentralTrust centralTrust(Clock clock) throws AgentSetupException {
        CentralTrust trust = new CentralTrust(dataDir, clock);
        try {
            trust.current();
        } catch (PinnedCaException e) {
            throw unusable(e);
        }
        return trust;
    }

    /**
     * The TLS context for the central now, for a one-off command: the pinned CAs', or empty for the
     * system's trust store.
     *
     * @throws AgentSetupException when the pinned-CA file is there but cannot be used
     */
    public Optional<SSLContext> centralTls(Clock clock) throws AgentSetupException {
        try {
            return CentralCaFile.in(dataDir).sslContext(clock);
        } catch (PinnedCaException e) {
            throw unusable(e);
        }
    }

    private static AgentSetupException unusable(PinnedCaException e) {
        return new AgentSetupException(Text.of("error.ca." + e.code().name(), e.file(), e.detail()), e);
    }

    /** Opens the journal read-only. */
    public SqliteJournalReader openJournal() throws AgentSetupException {
        try {
            return SqliteJournalReader.open(journalFile());
        } catch (JournalException e) {
            throw new AgentSetupException(Text.of("error.journal", e.getMessage()), e);
        }
    }

    /**
     * The state for this journal: the file's, or a fresh one if there is none.
     *
     * @throws AgentSetupException if the file is damaged, or belongs to another journal
     */
    public SyncState state(String journalId) throws AgentSetupException {
        SyncStateFile file = stateFile();
        SyncState state;
        try {
            state = file.read().orElseGet(() -> SyncState.initial(journalId));
        } catch (CorruptStateException e) {
            throw new AgentSetupException(Text.of("error.state.corrupt", file.file(), e.getMessage()), e);
        } catch (IOException e) {
            throw new AgentSetupException(Text.of("error.file.unreadable", file.file(), e.toString()), e);
        }
        if (!state.journalId().equals(journalId)) {
            throw new AgentSetupException(Text.of("error.state.other-journal", file.file(), state.journalId(),
                    journalId), null);
        }
        return state;
    }

    /** The content store, believing the profile's trusted central keys. */
    public ContentStore contentStore(DeviceProfile profile) {
        Map<String, Ed25519PublicKey> keys = new LinkedHashMap<>();
        for (TrustedKey key : profile.trustedCentralKeys()) {
            keys.put(key.kid(), key.key());
        }
        return ContentStore.in(dataDir, keys);
    }
}
