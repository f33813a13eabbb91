package org.madang.device.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import org.madang.device.keys.CentralCaFile;
import org.madang.sync.api.tls.PinnedCa;
import org.madang.sync.api.tls.PinnedCaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code device-config trust-ca --data-dir DIR FILE.pem}: staff pin the CA that signed the
 * district central's TLS certificate (its own or a government CA the operating system does not
 * trust). From then on provisioning, set-up mode and the sync agent trust only that CA for the
 * central. Run it before {@code provision} when the central's certificate needs it.
 */
@Command(name = "trust-ca")
final class TrustCaCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "trust-ca.file")
    private Path file;

    @Override
    public Integer call() throws CommandFailure {
        DataDirectory directory = dataDir.existing();
        CentralCaFile pinned = CentralCaFile.in(directory.root());
        PinnedCa installed;
        try {
            installed = pinned.install(file.toAbsolutePath(), common.environment().clock());
        } catch (PinnedCaException e) {
            throw Failures.ca(e);
        } catch (IOException e) {
            throw Failures.io(pinned.file(), e);
        }
        common.environment().out().println(common.messages().get("trust-ca.done", installed.authorities().size(),
                pinned.file()));
        // Every authority the file holds, so that none is trusted without staff having seen it.
        for (X509Certificate authority : installed.authorities()) {
            common.environment().out().println(common.messages().get("trust-ca.authority",
                    authority.getSubjectX500Principal().getName(), PinnedCa.fingerprint(authority),
                    authority.getNotAfter().toInstant().toString().substring(0, 10)));
        }
        return ExitStatus.OK.code();
    }
}
