package org.madang.central.cli;

import org.madang.device.cli.ExitStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.central.CentralHome;
import org.madang.central.CentralOptions;
import org.madang.central.CentralServer;
import org.madang.central.errors.StorageFailure;
import org.madang.central.ingest.SignaturePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the server until SIGTERM. Prints exactly one line to stdout, {@code
 * listening on http://HOST:PORT/}, once it accepts connections (scripts and tests wait for it).
 */
@Command(name = "serve")
final class ServeCommand implements Callable<Integer> {

    /** Returned when the server runs on: main must not exit (the shutdown hook stops it). */
    static final int KEEP_RUNNING = -1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, descriptionKey = "dir")
    private Path dir;

    @Option(names = "--host", defaultValue = "127.0.0.1", descriptionKey = "host")
    private String host;

    @Option(names = "--port", required = true, descriptionKey = "port")
    private int port;

    @Option(names = "--max-concurrent-uploads", defaultValue = "16",
            descriptionKey = "max-concurrent-uploads")
    private int maxConcurrentUploads;

    @Option(names = "--db", descriptionKey = "db")
    private String db;

    @Option(names = "--verify-every-signature",
            descriptionKey = "verify-every-signature")
    private boolean verifyEverySignature;

    @Option(names = "--allow-remote", descriptionKey = "allow-remote")
    private boolean allowRemote;

    @Override
    public Integer call() throws CommandFailure {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.input", "unknown host " + host));
        }
        if (!loopback && !allowRemote) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.remote", host));
        }
        if (!loopback) {
            Bilingual.print(spec.commandLine().getErr(), List.of(Text.of("serve.remote", host)));
        }
        CentralHome home = Homes.open(dir);
        CentralServer server;
        try {
            server = CentralServer.start(home, new CentralOptions(host, port, Optional.ofNullable(db), Clock.systemUTC(),
                    maxConcurrentUploads, verifyEverySignature ? SignaturePolicy.EVERY_RECORD : SignaturePolicy.CHAIN_HEAD));
        } catch (StorageFailure | IllegalArgumentException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.database", e.getMessage()));
        } catch (RuntimeException e) {
            // Jetty reports a taken port as a runtime exception wrapping a BindException.
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.listen", host, port,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "central-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("listening on " + server.baseUri());
        out.flush();
        return KEEP_RUNNING;
    }
}
