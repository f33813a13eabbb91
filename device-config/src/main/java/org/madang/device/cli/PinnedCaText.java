package org.madang.device.cli;

import org.madang.sync.api.tls.PinnedCaException;

/** The words for a pinned-CA file that cannot be used: what is wrong with which file, and the fix. */
final class PinnedCaText {

    private PinnedCaText() {
    }

    static Text of(PinnedCaException e) {
        return Text.of("error.ca." + e.code().name(), e.file(), e.detail());
    }
}
