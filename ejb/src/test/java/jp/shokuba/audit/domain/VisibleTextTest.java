package jp.shokuba.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Audit text shown on the page and in exports: nothing in it can make one entry look like two or read backwards. */
class VisibleTextTest {

    @Test
    void ordinaryJapaneseTextIsShownAsItIs() {
        String text = "金企第12号を決裁（¥1,200,000）😀";
        assertThat(VisibleText.of(text)).isSameAs(text);
    }

    @Test
    void lineBreaksAndTabsBecomeVisibleEscapesSoAnEntryStaysOneLine() {
        assertThat(VisibleText.of("承認\r\n2026-12-04 admin staff.updated"))
                .isEqualTo("承認\\r\\n2026-12-04 admin staff.updated").doesNotContain("\n", "\r");
        assertThat(VisibleText.of("a\tb")).isEqualTo("a\\tb");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreShownAsCodesSoNothingReadsBackwards() {
        assertThat(VisibleText.of("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
        assertThat(VisibleText.of("\u2066x\u2069\u200F\u061C")).isEqualTo("\\u2066x\\u2069\\u200F\\u061C");
    }

    @Test
    void otherInvisibleCharactersAreShownAsCodesToo() {
        assertThat(VisibleText.of("a\u0000b\u0007c\u0085d\u2028e\u2029f\u200Bg\uFEFF"))
                .isEqualTo("a\\u0000b\\u0007c\\u0085d\\u2028e\\u2029f\\u200Bg\\uFEFF");
        assertThat(VisibleText.of("tag\uDB40\uDC01")).isEqualTo("tag\\u{E0001}");
    }

    @Test
    void aLoneSurrogateIsShownAsItsCode() {
        assertThat(VisibleText.of("x\uD800y")).isEqualTo("x\\uD800y");
    }

    @Test
    void aTypedBackslashIsDoubledSoItCannotPassForAnEscape() {
        assertThat(VisibleText.of("C:\\n")).isEqualTo("C:\\\\n");
        assertThat(VisibleText.of("C:\\n")).isNotEqualTo(VisibleText.of("C:\n"));
    }

    @Test
    void nothingIsEmpty() {
        assertThat(VisibleText.of(null)).isEmpty();
    }
}
