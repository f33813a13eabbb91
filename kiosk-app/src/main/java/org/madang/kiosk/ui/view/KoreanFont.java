package org.madang.kiosk.ui.view;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Picks a font family that has Hangul. Without one, Korean shows as empty boxes, so the kiosk
 * says so on screen and in the log, naming the Debian package to install.
 */
public final class KoreanFont {

    /** Families with Hangul and the symbols we use, best first (Noto also covers arrows and marks). */
    public static final List<String> FAMILIES = List.of("Noto Sans CJK KR", "NanumBarunGothic", "NanumGothic");

    private KoreanFont() {
    }

    /** The first installed family of {@link #FAMILIES}. */
    public static Optional<String> find(List<String> installed) {
        return FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** The first of {@link #FAMILIES} installed on this machine. */
    public static Optional<String> find() {
        return find(Font.getFamilies());
    }
}
