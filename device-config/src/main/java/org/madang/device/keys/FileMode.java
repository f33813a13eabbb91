package org.madang.device.keys;

import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** POSIX permissions as the octal mode staff know from {@code ls -l} and {@code chmod}. */
final class FileMode {

    private FileMode() {
    }

    /** E.g. {@code 0644}. */
    static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            // The enum lists OWNER_READ … OTHERS_EXECUTE, i.e. bits 8 down to 0.
            mode |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", mode);
    }

    /** Whether anyone but the owner may read, write or run the file. */
    static boolean groupOrOthers(Set<PosixFilePermission> permissions) {
        return permissions.stream().anyMatch(permission -> permission.ordinal() >= PosixFilePermission.GROUP_READ.ordinal());
    }
}
