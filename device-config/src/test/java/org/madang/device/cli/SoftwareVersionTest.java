package org.madang.device.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.madang.device.profile.Language;

class SoftwareVersionTest {

    @Test
    void readsTheVersionTheBuildWroteBesideTheAnchorClass() {
        assertThat(SoftwareVersion.of(SoftwareVersion.class)).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void namesTheMissingFileWhenTheAnchorsPackageHasNone() {
        assertThatThrownBy(() -> SoftwareVersion.of(Language.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/madang/device/profile/version.properties")
                .hasMessageContaining("resources-filtered");
    }
}
