package org.madang.sync.agent.cli;

import org.madang.device.cli.ExitStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.EnrollmentQueue;
import org.madang.device.sync.SyncState;
import org.madang.device.sync.SyncStateFile;
import org.madang.journal.JournalException;
import org.madang.journal.sqlite.SqliteJournalReader;
import org.madang.sync.agent.device.AgentFiles;
import org.madang.sync.agent.device.AgentSetupException;
import org.madang.device.sync.EnrollmentFile;
import org.madang.sync.agent.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sync-agent status}: the upload's state as JSON on stdout. Reads only (no lock, no
 * network), so it works while {@code run} is uploading.
 */
@Command(name = "status")
final class StatusCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Mixin
    private DataDirOption data;

    @Override
    public Integer call() throws AgentSetupException, CommandFailure, IOException {
        AgentFiles files = data.files();
        DeviceProfile profile = files.profile();
        long lastSeq;
        SyncState state;
        try (SqliteJournalReader journal = files.openJournal()) {
            lastSeq = journal.lastSeq();
            state = files.state(journal.info().journalId());
        } catch (JournalException e) {
            throw new AgentSetupException(Text.of("error.journal", e.getMessage()), e);
        }
        boolean enrolled;
        try {
            enrolled = EnrollmentFile.in(files.dataDir()).read().isPresent();
        } catch (IOException e) {
            enrolled = false;
        }
        Optional<EnrollmentQueue.Queued> queued;
        try {
            queued = EnrollmentQueue.in(files.dataDir()).read();
        } catch (IOException e) {
            queued = Optional.empty();
        }
        ObjectNode stateTree = SyncStateFile.toTree(state);
        ObjectNode root = JSON.createObjectNode();
        root.put("deviceId", profile.deviceId());
        root.put("enrolled", enrolled);
        // provision could not reach the central; the next pass enrolls ("enrollment queued").
        root.put("enrollmentQueued", queued.isPresent());
        root.put("enrollmentQueuedAt", queued.map(q -> q.queuedAt().toString()).orElse(null));
        root.put("centralUrl", profile.centralUrl().toString());
        root.put("journalLastSeq", lastSeq);
        root.put("ackedSeq", state.ackedSeq());
        root.put("waiting", Math.max(0, lastSeq - state.ackedSeq()));
        root.put("lastSuccessAt", state.lastSuccessAt().map(Instant::toString).orElse(null));
        root.put("lastAttemptAt", state.lastAttemptAt().map(Instant::toString).orElse(null));
        root.set("lastError", stateTree.get("lastError"));
        root.set("blocked", stateTree.get("blocked"));
        root.put("clockOffsetMillis", state.clockOffsetMillis());
        root.put("contentVersion", state.contentVersion().orElse(null));
        data.environment().out().println(JSON.writeValueAsString(root));
        return ExitStatus.OK.code();
    }
}
