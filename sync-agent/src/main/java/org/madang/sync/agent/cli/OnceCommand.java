package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.lock.AgentLock;
import org.madang.sync.agent.pass.Agent;
import org.madang.sync.agent.pass.PassResult;
import org.madang.sync.agent.pass.StopSignal;
import org.madang.sync.agent.pass.SyncLoop;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.text.Text;
import org.madang.sync.agent.upload.UploadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync-agent once}: one pass (time, upload until nothing is left, content, heartbeat).
 * Exit 0 only when nothing is left to send; 1 when records or the device were refused; 3 when the
 * central could not be reached or the device's files failed.
 */
@Command(name = "once")
final class OnceCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "1", descriptionKey = "attempts")
    private int attempts;

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, never read
    public Integer call() throws AgentSetupException, CommandFailure, InterruptedException {
        if (attempts < 1) {
            throw new CommandFailure(ExitStatus.USAGE, Text.of("error.attempts", attempts), null);
        }
        Environment environment = data.environment();
        AgentFiles files = data.files();
        StopSignal stop = new StopSignal();
        PassResult result;
        try (AgentLock lock = AgentLock.acquire(files.syncDir());
                Agent agent = Agent.open(files, network.http(), network.batchRecords(), environment.clock(),
                        environment.random(), stop)) {
            SyncLoop loop = new SyncLoop(agent.pass()::run, Backoff.standard(environment.random()), stop,
                    Duration.ZERO, stop);
            result = loop.runUntil(r -> !r.needsBackoff(), attempts);
        } catch (java.io.IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.local", e.toString()), e);
        }
        UploadReport upload = result.upload().orElse(null);
        if (upload != null) {
            Bilingual.print(environment.out(), Text.of("once.summary", upload.sent(), upload.stored(),
                    upload.duplicates(), upload.ackedSeq(), result.waiting()));
        }
        return switch (result.outcome()) {
            case DONE -> {
                result.problem().ifPresent(problem -> Bilingual.print(environment.err(), problem));
                yield ExitStatus.OK.code();
            }
            case BLOCKED, REFUSED -> fail(ExitStatus.CHECK_FAILED, result);
            case UNAVAILABLE, LOCAL_FAILURE, STOPPED -> fail(ExitStatus.ENVIRONMENT, result);
        };
    }

    private int fail(ExitStatus status, PassResult result) throws CommandFailure {
        throw new CommandFailure(status, result.problem().orElse(Text.of("once.waiting", result.waiting())), null);
    }
}
