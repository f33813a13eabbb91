package org.madang.sync.agent.device;

/**
 * The sync agent's version, from its build (resources-filtered/…/version.properties beside this
 * class; device-config's {@code SoftwareVersion} reads it).
 */
public final class SoftwareVersion {

    private static final String VERSION = org.madang.device.cli.SoftwareVersion.of(SoftwareVersion.class);

    private SoftwareVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return VERSION;
    }
}
