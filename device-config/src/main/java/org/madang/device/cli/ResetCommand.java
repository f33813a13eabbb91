package org.madang.device.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.madang.device.content.ContentStore;
import org.madang.device.keys.CentralCaFile;
import org.madang.device.profile.DeviceProfile;
import org.madang.device.sync.SyncStateFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code device-config reset --data-dir DIR}: returns a terminal to set-up mode (no profile) so it
 * can be provisioned afresh with a new key. Nothing is deleted: the profile, keys, journal,
 * {@code sync/} and {@code content/} move into {@code DIR/retired-<UTC time>/}, where support can
 * still read them. Refused while records wait to be uploaded (and no USB export covers them), and
 * while the kiosk or the sync agent holds its lock.
 */
@Command(name = "reset")
final class ResetCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Mixin
    private CommonOptions common;

    @Mixin
    private DataDirOption dataDir;

    @Override
    public Integer call() throws CommandFailure {
        Environment environment = common.environment();
        DataDirectory directory = dataDir.existing();
        DeviceProfile profile = directory.readProfile();
        WaitingRecords.refuseIfWaiting(directory, profile.deviceId());
        refuseIfLocked(directory.journalLockFile());
        refuseIfLocked(directory.root().resolve(SyncStateFile.DIRECTORY).resolve("agent.lock"));
        Path retired = directory.root().resolve("retired-" + STAMP.format(environment.clock().instant()));
        // The profile first: once it has moved the terminal is in set-up mode, whatever happens next.
        List<Path> names = new ArrayList<>(List.of(directory.profileFile(), directory.keys().directory()));
        names.addAll(directory.journalFiles());
        names.add(directory.root().resolve(SyncStateFile.DIRECTORY));
        names.add(directory.root().resolve(ContentStore.DIRECTORY));
        List<Path> moved = new ArrayList<>();
        try {
            Files.createDirectory(retired, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
            for (Path path : names) {
                if (Files.exists(path)) {
                    Files.move(path, retired.resolve(path.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    moved.add(path);
                }
            }
        } catch (IOException e) {
            // Put back what moved, so the device is either as it was or fully reset.
            for (Path path : moved.reversed()) {
                try {
                    Files.move(retired.resolve(path.getFileName()), path, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ignored) {
                    // Best effort; the message names the folder.
                }
            }
            throw Failures.io(retired, e);
        }
        List<Text> lines = new ArrayList<>(List.of(Text.of("reset.done", profile.deviceId(), retired, directory.root())));
        keepPinnedCa(directory, retired).ifPresent(lines::add);
        Bilingual.print(environment.out(), lines);
        return ExitStatus.OK.code();
    }

    /**
     * A terminal reset is set up again for the same district's central, most of the time: the CA
     * pinned for it (decision 0014) is copied back, so the next provisioning does not silently fall
     * back to the system's trust store. The retired copy stays with the rest.
     */
    private static Optional<Text> keepPinnedCa(DataDirectory directory, Path retired) throws CommandFailure {
        Path kept = CentralCaFile.in(retired).file();
        if (!Files.exists(kept)) {
            return Optional.empty();
        }
        CentralCaFile pinned = CentralCaFile.in(directory.root());
        try {
            pinned.restore(kept);
        } catch (IOException e) {
            throw Failures.io(pinned.file(), e);
        }
        return Optional.of(Text.of("reset.kept-ca", pinned.file()));
    }

    private static void refuseIfLocked(Path lockFile) throws CommandFailure {
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.reset.in-use", lockFile));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new CommandFailure(ExitStatus.ENVIRONMENT, Text.of("error.reset.in-use", lockFile));
        } catch (IOException e) {
            throw Failures.io(lockFile, e);
        }
    }
}
