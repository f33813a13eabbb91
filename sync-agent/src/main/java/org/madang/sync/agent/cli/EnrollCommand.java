package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.madang.device.profile.DeviceProfile;
import org.madang.journal.signing.Ed25519KeyPair;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.CentralRefusedException;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.device.SoftwareVersion;
import org.madang.sync.agent.enroll.Enroller;
import org.madang.device.sync.Enrollment;
import org.madang.device.sync.EnrollmentFile;
import org.madang.sync.agent.enroll.EnrollmentFailures;
import org.madang.sync.agent.http.HttpOptions;
import org.madang.sync.api.enroll.EnrollmentClient;
import org.madang.sync.api.enroll.EnrollmentException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.madang.sync.agent.text.StaffTexts;
import org.madang.sync.agent.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync-agent enroll --code CODE}: registers the device's key with its central using a
 * one-time code from the central's operator, and writes {@code sync/enrollment.json}.
 */
@Command(name = "enroll")
final class EnrollCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--code", required = true, paramLabel = "CODE", descriptionKey = "code")
    private String code;

    @Override
    public Integer call() throws AgentSetupException, CommandFailure {
        Environment environment = data.environment();
        AgentFiles files = data.files();
        DeviceProfile profile = files.profile();
        Ed25519KeyPair key = files.key();
        EnrollmentFile file = EnrollmentFile.in(files.dataDir());
        HttpOptions http = network.http();
        Optional<SSLContext> tls = files.centralTls(environment.clock());
        try (EnrollmentClient client = new EnrollmentClient(profile.centralUrl(), http.connectTimeout(),
                http.responseTimeout(), environment.clock(), environment.random(), tls)) {
            // A hand-typed code: the central is the profile's, set up by hand, so no key is pinned here.
            Enrollment enrollment = new Enroller(client, file).enroll(profile, key, code.strip(), SoftwareVersion.current(),
                    Optional.empty());
            Bilingual.print(environment.out(), Text.of("enroll.done", enrollment.deviceId(), enrollment.siteCode(),
                    String.join(",", enrollment.roles()), enrollment.keyId(), file.file()));
            return ExitStatus.OK.code();
        } catch (EnrollmentException failure) {
            CentralException e = EnrollmentFailures.of(failure);
            ExitStatus status = e instanceof CentralRefusedException ? ExitStatus.CHECK_FAILED : ExitStatus.ENVIRONMENT;
            throw new CommandFailure(status, java.util.List.of(Text.of("enroll.failed", profile.centralUrl()),
                    StaffTexts.of(e)), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.enroll.write", file.file(), e.toString()), e);
        }
    }
}
