package org.madang.device.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** This software's version, from the build (resources-filtered/…/version.properties). */
final class SoftwareVersion implements IVersionProvider {

    private static final String VERSION = load();

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"device-config " + VERSION, "Java " + Runtime.version()};
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
