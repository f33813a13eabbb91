package org.madang.sync.api.enroll;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which central URLs a device may use: https, or plain http only to this machine (a developer's
 * central or a local relay), because records must not cross a network in clear. Loopback is
 * decided from the text alone, never by a DNS lookup: the device may be offline, and a name such
 * as {@code localhost.example.com} must not pass. Shared by the enrollment QR and the device profile.
 */
public final class CentralUrls {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile(
            "127\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])"
                    + "\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])");

    private CentralUrls() {
    }

    /** Whether a URL's host names this machine: {@code localhost}, 127.x.y.z or {@code [::1]}. */
    public static boolean isLoopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || IPV4_LOOPBACK.matcher(lower).matches()) {
            return true;
        }
        if (lower.startsWith("[") && lower.endsWith("]")) {
            try {
                // A bracketed literal contains ':', so this parses it and never asks DNS.
                return InetAddress.getByName(lower.substring(1, lower.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** Whether a device may talk to a central at {@code url}: https, or http to loopback. */
    public static boolean isAllowed(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null) {
            return false;
        }
        return scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()));
    }
}
