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
@Command(name = "serve", description = "서버를 실행합니다 / run the server (until SIGTERM)")
final class ServeCommand implements Callable<Integer> {

    /** Returned when the server runs on: main must not exit (the shutdown hook stops it). */
    static final int KEEP_RUNNING = -1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", required = true, description = "홈 디렉터리 / home directory")
    private Path dir;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "들을 주소 / address to listen on (default ${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--port", required = true, description = "포트 (0: 아무 빈 포트) / port (0: any free port)")
    private int port;

    @Option(names = "--max-concurrent-uploads", defaultValue = "16",
            description = "동시에 처리할 업로드 수, 넘치면 503 / uploads processed at once; more get 503 + Retry-After (default: ${DEFAULT-VALUE})")
    private int maxConcurrentUploads;

    @Option(names = "--db", description = "데이터베이스 JDBC 주소 / database JDBC URL (default: DIR/central.db)")
    private String db;

    @Option(names = "--verify-every-signature",
            description = "모든 기록의 서명을 받을 때 확인 / verify every record's signature at ingest, not only each upload's chain head")
    private boolean verifyEverySignature;

    @Option(names = "--allow-remote", description = "루프백이 아닌 주소에서 듣기 (평문 HTTP) / listen on a non-loopback address (plain HTTP)")
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
