package org.madang.device.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.madang.device.content.ContentException;
import org.madang.device.content.ContentProblem;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.TrustedKey;
import org.madang.journal.signing.Ed25519PublicKey;

/**
 * Words refused content bundles: bundle key {@code content.problem.<CODE>} with arguments {0} the
 * field, {1} the value, {2}… the rule's own arguments; exit 1, nothing installed.
 */
final class ContentFailures {

    private ContentFailures() {
    }

    static CommandFailure refused(Path file, ContentException e) {
        List<Text> lines = new ArrayList<>();
        lines.add(e.isRollback() ? Text.of("error.content.rollback", file)
                : Text.of("error.content.invalid", file, e.problems().size()));
        for (ContentProblem problem : e.problems()) {
            lines.add(text(problem));
        }
        return new CommandFailure(ExitStatus.CHECK_FAILED, lines, null);
    }

    static Text text(ContentProblem problem) {
        List<Object> args = new ArrayList<>();
        args.add(problem.field());
        args.add(problem.value());
        args.addAll(problem.args());
        return new Text(1, "content.problem." + problem.code().name(), args);
    }

    /** The profile's trusted central keys by kid. */
    static Map<String, Ed25519PublicKey> trustedKeys(DeviceProfile profile) {
        Map<String, Ed25519PublicKey> keys = new LinkedHashMap<>();
        for (TrustedKey key : profile.trustedCentralKeys()) {
            keys.put(key.kid(), key.key());
        }
        return keys;
    }
}
