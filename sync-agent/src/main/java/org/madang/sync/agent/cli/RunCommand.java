package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.sync.agent.lock.AgentLock;
import org.madang.sync.agent.notify.SdNotifier;
import org.madang.sync.agent.notify.ServiceNotifier;
import org.madang.sync.agent.pass.Agent;
import org.madang.sync.agent.pass.StopSignal;
import org.madang.sync.agent.pass.SyncLoop;
import org.madang.sync.agent.retry.Backoff;
import org.madang.sync.agent.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync-agent run}: the service. Passes forever, the interval apart, the backoff apart after
 * failures. SIGTERM stops it after the request in flight; SIGKILL at any moment costs at most a
 * resend, because the state only ever holds what the central said it stored. Under systemd
 * ({@code NOTIFY_SOCKET} set) it reports ready, progress for the watchdog, its status, and stopping.
 */
@Command(name = "run")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    private DataDirOption data;

    @Mixin
    private NetworkOptions network;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            descriptionKey = "interval")
    private Duration interval;

    @Option(names = "--max-backoff", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            descriptionKey = "max-backoff")
    private Duration maxBackoff;

    @Override
    @SuppressWarnings("try") // the lock is held for the try block's duration, never read
    public Integer call() throws AgentSetupException, CommandFailure, InterruptedException {
        Environment environment = data.environment();
        AgentFiles files = data.files();
        StopSignal stop = new StopSignal();
        CountDownLatch finished = new CountDownLatch(1);
        ServiceNotifier notifier = SdNotifier.fromEnvironment(environment.variables(), ProcessHandle.current().pid());
        // The hook waits for the request in flight (at most the timeouts) and the state write after it.
        Duration grace = network.connectTimeout.plus(network.responseTimeout).plusSeconds(5);
        Thread hook = new Thread(() -> {
            LOG.info("stop requested; finishing the request in flight");
            stop.raise();
            notifier.stopping();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sync-agent-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (AgentLock lock = AgentLock.acquire(files.syncDir());
                Agent agent = Agent.open(files, network.http(), network.batchRecords(), environment.clock(),
                        environment.random(), stop, notifier::watchdog)) {
            warnIfTheWatchdogIsShorterThanARequest(agent, notifier);
            new SyncLoop(agent.pass()::run, new Backoff(Backoff.BASE, maxBackoff.compareTo(Backoff.BASE) < 0 ? Backoff.BASE
                    : maxBackoff, environment.random()), stop, interval, stop, notifier).runForever();
            LOG.info("device {}: sync agent stopped", agent.profile().deviceId());
        } catch (java.io.IOException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.local", e.toString()), e);
        } finally {
            notifier.stopping();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook is running and has just been released.
            }
            notifier.close();
        }
        return ExitStatus.OK.code();
    }

    /**
     * Between two pings the loop may wait for one request: connecting, then the answer. A watchdog
     * shorter than twice that would kill an agent that is only waiting for a slow central.
     */
    private void warnIfTheWatchdogIsShorterThanARequest(Agent agent, ServiceNotifier notifier) {
        Duration request = network.connectTimeout.plus(network.responseTimeout);
        notifier.watchdogTimeout().filter(timeout -> timeout.compareTo(request.multipliedBy(2)) < 0).ifPresent(timeout ->
                LOG.warn("device {}: systemd's watchdog ({} s) is shorter than twice a request's timeouts ({} s): "
                        + "raise WatchdogSec= in madang-sync-agent.service or lower --response-timeout",
                        agent.profile().deviceId(), timeout.toSeconds(), request.toSeconds()));
    }
}
