package org.madang.device.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A module's version from its build: {@code version.properties} (in {@code resources-filtered}, so
 * Maven writes the project version into it) beside a class of that module. device-config and the
 * sync agent each keep their own file, so each reports the version it was built as.
 */
public final class SoftwareVersion {

    private static final String DEVICE_CONFIG = of(SoftwareVersion.class);

    private SoftwareVersion() {
    }

    /**
     * The version written into {@code version.properties} in {@code anchor}'s package, e.g.
     * {@code 0.1.0-SNAPSHOT}. Read once at start and keep it: this reads the resource every time.
     *
     * @throws IllegalStateException if the build left the file or its {@code version} out
     */
    public static String of(Class<?> anchor) {
        String resource = anchor.getPackageName().replace('.', '/') + "/version.properties";
        try (InputStream in = anchor.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build (it belongs in"
                        + " src/main/resources-filtered)");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null) {
                throw new IllegalStateException(resource + " has no version property; expected version=${project.version}");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** device-config's own version. */
    static String current() {
        return DEVICE_CONFIG;
    }
}
