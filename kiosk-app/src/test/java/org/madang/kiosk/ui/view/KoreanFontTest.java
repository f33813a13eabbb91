package org.madang.kiosk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KoreanFontTest {

    @Test
    void prefersNotoThenNanumBarunThenNanum() {
        assertThat(KoreanFont.find(List.of("NanumGothic", "DejaVu Sans", "Noto Sans CJK KR"))).contains("Noto Sans CJK KR");
        assertThat(KoreanFont.find(List.of("NanumGothic", "NanumBarunGothic"))).contains("NanumBarunGothic");
        assertThat(KoreanFont.find(List.of("NanumGothic"))).contains("NanumGothic");
    }

    @Test
    void findsNoneWhereOnlyLatinFontsAreInstalled() {
        assertThat(KoreanFont.find(List.of("DejaVu Sans", "Liberation Serif"))).isEmpty();
    }
}
