package org.madang.sync.agent.device;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This software's version, from the build (resources-filtered/…/version.properties). */
public final class SoftwareVersion {

    private static final String VERSION = load();

    private SoftwareVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
