package org.madang.device.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path dataDir;

    private final ContentFixture fixture = new ContentFixture();

    private ContentStore store() {
        return ContentStore.in(dataDir, fixture.trusted);
    }

    private Path file(String name) {
        return dataDir.resolve("content").resolve(name);
    }

    @Test
    void aNewDeviceHasNoContent() throws Exception {
        assertThat(store().current()).isEmpty();
    }

    @Test
    void installsABundleAndLoadsItBack() throws Exception {
        store().install(fixture.signed(3));

        ContentStore.Loaded loaded = store().current().orElseThrow();
        assertThat(loaded.bundle().version()).isEqualTo(3);
        assertThat(loaded.fromPrevious()).isFalse();
        assertThat(Files.readAllBytes(file("current.jws"))).isEqualTo(fixture.signed(3));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file("current.jws")))).isEqualTo("rw-r-----");
    }

    @Test
    void keepsTheReplacedBundleAsPrevious() throws Exception {
        store().install(fixture.signed(3));
        store().install(fixture.signed(4));

        assertThat(store().current().orElseThrow().bundle().version()).isEqualTo(4);
        assertThat(Files.readAllBytes(file("previous.jws"))).isEqualTo(fixture.signed(3));
        try (var files = Files.list(dataDir.resolve("content"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("current.jws",
                    "previous.jws");
        }
    }

    @Test
    void refusesAnOlderOrEqualVersionAsRollback() throws Exception {
        store().install(fixture.signed(5));

        for (int version : new int[] {5, 4, 1}) {
            ContentException e = catchThrowableOfType(ContentException.class, () -> store().install(fixture.signed(version)));
            assertThat(e.isRollback()).as("version %d", version).isTrue();
            assertThat(e.problems().getFirst().args()).containsExactly("5");
        }
        assertThat(store().current().orElseThrow().bundle().version()).isEqualTo(5);
    }

    @Test
    void anInvalidBundleLeavesTheInstalledOneInPlace() throws Exception {
        store().install(fixture.signed(3));
        store().install(fixture.signed(4));
        var bad = ContentFixture.payload(9);
        bad.put("version", "nine");

        ContentException e = catchThrowableOfType(ContentException.class, () -> store().install(fixture.signed(bad)));

        assertThat(e.isRollback()).isFalse();
        assertThat(Files.readAllBytes(file("current.jws"))).isEqualTo(fixture.signed(4));
        assertThat(Files.readAllBytes(file("previous.jws"))).isEqualTo(fixture.signed(3));
    }

    @Test
    void aTamperedBundleIsNotInstalled() throws Exception {
        store().install(fixture.signed(3));
        byte[] tampered = fixture.signed(4);
        tampered[tampered.length - 5] ^= 0x01;

        assertThat(catchThrowableOfType(ContentException.class, () -> store().install(tampered))).isNotNull();
        assertThat(store().current().orElseThrow().bundle().version()).isEqualTo(3);
    }

    @Test
    void fallsBackToPreviousWhenCurrentIsDamaged() throws Exception {
        store().install(fixture.signed(3));
        store().install(fixture.signed(4));
        byte[] current = Files.readAllBytes(file("current.jws"));
        Files.write(file("current.jws"), Arrays.copyOf(current, current.length / 2));

        ContentStore.Loaded loaded = store().current().orElseThrow();

        assertThat(loaded.bundle().version()).isEqualTo(3);
        assertThat(loaded.fromPrevious()).isTrue();
        assertThat(loaded.currentProblems()).isNotEmpty();
    }

    @Test
    void aDamagedCurrentNeverOverwritesAGoodPrevious() throws Exception {
        store().install(fixture.signed(3));
        store().install(fixture.signed(4));
        Files.writeString(file("current.jws"), "garbage");

        store().install(fixture.signed(5));

        assertThat(store().current().orElseThrow().bundle().version()).isEqualTo(5);
        assertThat(Files.readAllBytes(file("previous.jws"))).isEqualTo(fixture.signed(3));
    }

    @Test
    void nothingUsableMeansNoContent() throws Exception {
        store().install(fixture.signed(3));
        Files.writeString(file("current.jws"), "garbage");

        assertThat(store().current()).isEmpty();
    }

    @Test
    void aBundleFromAnUntrustedKeyIsNotBelievedOnLoad() throws Exception {
        store().install(fixture.signed(3));

        assertThat(ContentStore.in(dataDir, java.util.Map.of(ContentFixture.KID, ContentFixture.keyPair(9).publicKey()))
                .current()).isEmpty();
    }
}
