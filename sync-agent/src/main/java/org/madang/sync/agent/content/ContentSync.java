package org.madang.sync.agent.content;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.madang.device.content.ContentBundle;
import org.madang.device.content.ContentException;
import org.madang.device.content.ContentProblem;
import org.madang.device.content.ContentStore;
import org.madang.sync.agent.central.CentralClient;
import org.madang.sync.agent.central.CentralException;
import org.madang.sync.agent.central.ContentAnswer;
import org.madang.sync.agent.state.StateKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the central's content bundle into the device's {@link ContentStore}, which verifies its
 * signature and refuses rollbacks; the ETag and version are recorded only after an install
 * succeeded, so a refused or interrupted install is simply tried again next pass.
 */
public final class ContentSync {

    private static final Logger LOG = LoggerFactory.getLogger(ContentSync.class);

    /** What happened. */
    public enum Outcome {
        /** 304: the installed bundle is current. */
        UNCHANGED,
        /** 404: nothing is published. */
        NOTHING_PUBLISHED,
        /** A newer bundle was installed. */
        INSTALLED,
        /** The central's bundle is the one installed already (installed by other means). */
        ALREADY_INSTALLED,
        /** The central's bundle is older than the installed one; kept the installed one. */
        ROLLBACK_REFUSED,
        /** The central's bundle does not verify; kept the installed one. */
        INVALID
    }

    /**
     * The result.
     *
     * @param outcome what happened
     * @param version the version offered or installed, when a bundle came
     * @param problems why a bundle was refused
     */
    public record Report(Outcome outcome, Optional<Integer> version, List<ContentProblem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private final String deviceId;
    private final CentralClient central;
    private final ContentStore store;
    private final StateKeeper keeper;

    /** Downloads for {@code deviceId} into {@code store}. */
    public ContentSync(String deviceId, CentralClient central, ContentStore store, StateKeeper keeper) {
        this.deviceId = deviceId;
        this.central = central;
        this.store = store;
        this.keeper = keeper;
    }

    /**
     * Asks for the bundle and installs a newer one.
     *
     * @throws IOException if the content files cannot be read or written (the installed content is unchanged)
     */
    public Report run() throws CentralException, IOException {
        ContentAnswer answer = central.content(keeper.state().contentEtag());
        if (answer instanceof ContentAnswer.NotModified) {
            return new Report(Outcome.UNCHANGED, keeper.state().contentVersion(), List.of());
        }
        if (answer instanceof ContentAnswer.NothingPublished) {
            return new Report(Outcome.NOTHING_PUBLISHED, Optional.empty(), List.of());
        }
        ContentAnswer.Bundle bundle = (ContentAnswer.Bundle) answer;
        Optional<ContentStore.Loaded> installed = store.current();
        try {
            ContentBundle done = store.install(bundle.jws());
            keeper.update(state -> state.withContent(bundle.etag().orElse(null), done.version()));
            LOG.info("device {}: content bundle version {} installed (ETag {})", deviceId, done.version(),
                    bundle.etag().orElse("none"));
            return new Report(Outcome.INSTALLED, Optional.of(done.version()), List.of());
        } catch (ContentException e) {
            if (e.isRollback() && installed.isPresent()) {
                int have = installed.get().bundle().version();
                String offered = e.problems().getFirst().value();
                if (offered.equals(String.valueOf(have))) {
                    // The same version, installed from USB or before a lost state: remember its ETag.
                    keeper.update(state -> state.withContent(bundle.etag().orElse(null), have));
                    return new Report(Outcome.ALREADY_INSTALLED, Optional.of(have), List.of());
                }
                LOG.warn("device {}: central offers content version {} but version {} is installed; a rollback is "
                        + "refused, version {} stays in use (the central should publish a newer version)",
                        deviceId, offered, have, have);
                return new Report(Outcome.ROLLBACK_REFUSED, Optional.of(Integer.parseInt(offered)), e.problems());
            }
            StringBuilder lines = new StringBuilder();
            for (ContentProblem problem : e.problems()) {
                lines.append("\n  ").append(problem);
            }
            LOG.error("device {}: the central's content bundle is invalid and was not installed; the installed content "
                    + "stays in use. {} problem(s):{}", deviceId, e.problems().size(), lines);
            return new Report(Outcome.INVALID, Optional.empty(), e.problems());
        }
    }
}
