package org.madang.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbEnrollmentFilesTest {

    @TempDir
    Path temp;

    private Path file(String relative, String when) throws Exception {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(when)));
        return file;
    }

    @Test
    void findsTheCentralsFilesOnMountedSticksNewestFirstAndPrefersTextToItsPicture() throws Exception {
        Path older = file("media/staff/STICK/enrollment-1114055000-aaaa1111.txt", "2026-11-20T00:00:00Z");
        file("media/staff/STICK/enrollment-1114055000-aaaa1111.png", "2026-11-20T00:00:00Z");
        Path picture = file("media/staff/STICK/sites/enrollment-1114055000-bbbb2222.PNG", "2026-11-21T00:00:00Z");
        Path newer = file("run/media/kim/USB/enrollment-1114060000-cccc3333.txt", "2026-11-22T00:00:00Z");
        file("media/staff/STICK/holiday.txt", "2026-11-22T00:00:00Z");
        file("media/staff/STICK/a/b/c/d/enrollment-too-deep.txt", "2026-11-22T00:00:00Z");

        List<Path> found = new UsbEnrollmentFiles(List.of(temp.resolve("media"), temp.resolve("run/media"),
                temp.resolve("not-mounted"))).find();

        assertThat(found).containsExactly(newer, picture, older);
    }

    @Test
    void findsNothingWhenNoStickIsMounted() {
        assertThat(new UsbEnrollmentFiles(List.of(temp.resolve("media"))).find()).isEmpty();
    }
}
