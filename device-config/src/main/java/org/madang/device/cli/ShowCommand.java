package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Language;
import org.madang.device.profile.Role;
import org.madang.journal.JournalException;
import org.madang.journal.JournalInfo;
import org.madang.journal.JournalStats;
import org.madang.journal.signing.Ed25519PublicKey;
import org.madang.journal.sqlite.SqliteJournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code device-config show}: the profile, the key's fingerprint and the journal's figures. The
 * admin PIN shows only as set or not set, and the private key is never read.
 */
@Command(name = "show")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    private record JournalFacts(JournalInfo info, JournalStats stats) {
    }

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        DataDirectory directory = dataDir.existing();
        DeviceProfile profile = directory.readProfile();
        Ed25519PublicKey key = directory.readPublicKey();
        JournalFacts journal = readJournal(directory);
        if (json) {
            environment.out().println(JsonOutput.text(asJson(directory, profile, key, journal)));
        } else {
            print(environment.out(), common.messages(), directory, profile, key,
                    journal);
        }
        return ExitStatus.OK.code();
    }

    private static JournalFacts readJournal(DataDirectory directory) throws CommandFailure {
        try (SqliteJournalReader reader = SqliteJournalReader.open(directory.journalFile())) {
            return new JournalFacts(reader.info(), reader.stats());
        } catch (JournalException e) {
            throw Failures.journal(e);
        }
    }

    private static ObjectNode asJson(DataDirectory directory, DeviceProfile profile, Ed25519PublicKey key,
            JournalFacts journal) {
        ObjectNode root = JsonOutput.object();
        ObjectNode profileNode = root.putObject("profile");
        profileNode.put("file", directory.profileFile().toString());
        profileNode.setAll(DeviceProfiles.toTree(profile));
        profileNode.put("adminPin", profile.adminPin().isPresent() ? "set" : "not set");
        root.putObject("deviceKey")
                .put("keyId", key.keyId())
                .put("publicKeyFile", directory.keys().publicKeyFile().toString());
        ObjectNode journalNode = root.putObject("journal");
        journalNode.put("file", directory.journalFile().toString());
        journalNode.put("journalId", journal.info().journalId());
        journalNode.put("createdAt", journal.info().createdAt().toString());
        journalNode.put("schemaVersion", journal.info().schemaVersion());
        journalNode.put("lastSeq", journal.stats().lastSeq());
        ObjectNode kinds = journalNode.putObject("recordsByKind");
        new TreeMap<>(journal.stats().recordsByKind()).forEach(kinds::put);
        journalNode.put("secretsPending", journal.stats().secretsPending());
        journalNode.put("fileBytes", journal.stats().fileBytes());
        journal.stats().lastRecord().ifPresent(stamp -> journalNode.put("lastRecordAt", stamp.wallTime().toString()));
        return root;
    }

    private static void print(PrintWriter out, Messages m, DataDirectory directory, DeviceProfile profile,
            Ed25519PublicKey key, JournalFacts journal) {
        String indent = "  ";
        out.println(m.get("show.profile", directory.profileFile()));
        out.println(indent + m.get("show.device-id", profile.deviceId()));
        out.println(indent + m.get("show.site", profile.site().dongCode(), profile.site().dongName()));
        out.println(indent + m.get("show.roles", profile.roles().stream().map(Role::profileName).collect(Collectors.joining(", "))));
        out.println(indent + m.get("show.locales", profile.locales().stream().map(Language::tag)
                .collect(Collectors.joining(", "))));
        out.println(indent + m.get("show.central", profile.centralUrl()));
        out.println(indent + m.get("show.trusted-keys", profile.trustedCentralKeys().size()));
        out.println(indent + m.get("show.data-dir", profile.dataDir()));
        out.println(indent + m.get("show.peripherals", profile.peripherals().provider().profileName()));
        out.println(indent + m.get(profile.adminPin().isPresent() ? "show.admin-pin.set" : "show.admin-pin.not-set"));
        out.println(indent + m.get(profile.audio() ? "show.audio.on" : "show.audio.off"));
        out.println(m.get("show.key", directory.keys().publicKeyFile()));
        out.println(indent + m.get("show.key-id", key.keyId()));
        out.println(m.get("show.journal", directory.journalFile()));
        out.println(indent + m.get("show.journal-id", journal.info().journalId(), journal.info().createdAt().toString()));
        out.println(indent + m.get("show.last-seq", String.valueOf(journal.stats().lastSeq())));
        Map<String, Long> byKind = new TreeMap<>(journal.stats().recordsByKind());
        out.println(indent + m.get("show.records-by-kind", byKind.isEmpty() ? "-"
                : byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        out.println(indent + m.get("show.secrets-pending", journal.stats().secretsPending()));
        out.println(indent + m.get("show.file-size", journal.stats().fileBytes()));
    }
}
