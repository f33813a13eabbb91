package org.madang.sync.agent.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.device.keys.CentralCaFile;
import org.madang.sync.agent.http.TlsTrust;
import org.madang.sync.api.tls.PinnedCaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's trust for TLS to the central, read from {@code keys/central-ca.pem} and read again
 * whenever that file changes (its time or size): staff who pin or replace the district's CA with
 * {@code device-config trust-ca} while the agent runs need no restart.
 */
public final class CentralTrust implements TlsTrust {

    private static final Logger LOG = LoggerFactory.getLogger(CentralTrust.class);

    private final CentralCaFile file;
    private final Clock clock;
    private boolean loaded;
    private Optional<FileTime> seenModified = Optional.empty();
    private long seenSize = -1;
    private Optional<SSLContext> context = Optional.empty();

    /** The trust of a data directory's pinned-CA file. */
    public CentralTrust(Path dataDir, Clock clock) {
        this.file = CentralCaFile.in(dataDir);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Optional<SSLContext> current() throws PinnedCaException {
        Optional<FileTime> modified = Optional.empty();
        long size = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.file(), BasicFileAttributes.class);
            modified = Optional.of(attributes.lastModifiedTime());
            size = attributes.size();
        } catch (IOException e) {
            // Absent (or unreadable, which loading reports): compared as "no file" below.
        }
        if (loaded && modified.equals(seenModified) && size == seenSize) {
            return context;
        }
        Optional<SSLContext> fresh = file.sslContext(clock);
        if (loaded) {
            LOG.info("{} changed: TLS to the central now trusts {}", file.file(),
                    fresh.isPresent() ? "only the CA(s) in it" : "the system's trust store");
        }
        context = fresh;
        seenModified = modified;
        seenSize = size;
        loaded = true;
        return context;
    }
}
