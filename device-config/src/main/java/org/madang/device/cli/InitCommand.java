package org.madang.device.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.profile.ProfileName;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.profile.DeviceProfiles;
import org.madang.device.profile.Language;
import org.madang.device.profile.PeripheralProvider;
import org.madang.device.profile.ProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code device-config init}: makes a new device. Every value is checked, and the PIN read,
 * before anything is written, so a mistake leaves the disk exactly as it was.
 */
@Command(name = "init")
final class InitCommand implements Callable<Integer> {

    /** Which option each profile field comes from, so problems name what staff typed. */
    private static final Map<String, String> OPTIONS_BY_FIELD = Map.of(
            "deviceId", "--device-id",
            "site.dongCode", "--site-code",
            "site.dongName", "--site-name",
            "roles", "--roles",
            "centralUrl", "--central",
            "dataDir", "--data-dir");

    @Mixin
    private CommonOptions common;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", descriptionKey = "data-dir")
    private Path dataDir;

    @Option(names = "--device-id", required = true, paramLabel = "ID", descriptionKey = "device-id")
    private String deviceId;

    @Option(names = "--site-code", required = true, paramLabel = "CODE", descriptionKey = "site-code")
    private String siteCode;

    @Option(names = "--site-name", required = true, paramLabel = "NAME", descriptionKey = "site-name")
    private String siteName;

    @Option(names = "--central", required = true, paramLabel = "URL", descriptionKey = "central")
    private String centralUrl;

    @Option(names = "--roles", split = ",", paramLabel = "ROLE", descriptionKey = "roles",
            defaultValue = "checkin,vote,survey")
    private List<String> roles;

    @Option(names = "--admin-pin-stdin", descriptionKey = "admin-pin-stdin")
    private boolean adminPinStdin;

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        Messages messages = common.messages();
        DataDirectory directory = DataDirectory.at(dataDir);
        DeviceProfile profile = profileFromOptions(directory);
        refuseExistingDevice(directory);
        char[] pin = AdminPinEntry.read(environment, adminPinStdin, messages);
        AdminPinHash pinHash;
        try {
            pinHash = AdminPinHash.derive(pin, environment.random());
        } finally {
            Arrays.fill(pin, '\0');
        }
        DeviceSetup.Result result = DeviceSetup.create(directory, profile.withAdminPin(pinHash), environment.random());
        var out = environment.out();
        out.println(messages.get("init.done", profile.deviceId(), directory.root()));
        out.println("  " + messages.get("init.done.key", result.keyPair().keyId(), directory.keys().privateKeyFile()));
        out.println("  " + messages.get("init.done.journal", result.journal().journalId(), directory.journalFile(),
                String.valueOf(result.firstRecord().seq())));
        out.println("  " + messages.get("init.done.profile", directory.profileFile()));
        return ExitStatus.OK.code();
    }

    private DeviceProfile profileFromOptions(DataDirectory directory) throws CommandFailure {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode tree = json.objectNode();
        tree.put("schemaVersion", DeviceProfiles.SCHEMA_VERSION);
        tree.put("deviceId", deviceId);
        tree.putObject("site").put("dongCode", siteCode).put("dongName", siteName);
        roles.forEach(tree.putArray("roles")::add);
        ProfileName.all(Language.class).forEach(tree.putArray("locales")::add);
        tree.put("centralUrl", centralUrl);
        tree.putArray("trustedCentralKeys");
        tree.put("dataDir", directory.root().toString());
        tree.putObject("peripherals").put("provider", PeripheralProvider.NONE.profileName());
        // Written out so staff see the switch in the file; reading aloud needs espeak-ng installed.
        tree.put("audio", false);
        try {
            return DeviceProfiles.fromTree(tree);
        } catch (ProfileException e) {
            throw Failures.profile(Text.of("error.init.invalid", e.problems().size()), e, OPTIONS_BY_FIELD);
        }
    }

    private static void refuseExistingDevice(DataDirectory directory) throws CommandFailure {
        if (Files.exists(directory.root()) && !Files.isDirectory(directory.root())) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.init.not-directory", directory.root()));
        }
        if (Files.exists(directory.profileFile())) {
            throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.init.profile-exists", directory.profileFile()));
        }
        for (Path file : List.of(directory.keys().privateKeyFile(), directory.keys().publicKeyFile(), directory.journalFile())) {
            if (Files.exists(file)) {
                throw new CommandFailure(ExitStatus.CHECK_FAILED, Text.of("error.init.file-exists", file));
            }
        }
    }
}
