package jp.shokuba.directory.application.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String LINE = "職員番号,氏名\n2000001,髙橋 﨑子\n";

    @Test
    void utf8WithOrWithoutByteOrderMarkIsReadAsUtf8() throws CharacterCodingException {
        assertThat(CsvText.decode(LINE.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(LINE);
        CsvText.Decoded withBom = CsvText.decode(("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_8));
        assertThat(withBom.text()).isEqualTo(LINE);
        assertThat(withBom.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shiftJisFromWindowsIsReadWithItsExtraKanji() throws CharacterCodingException {
        CsvText.Decoded decoded = CsvText.decode(LINE.getBytes(Charset.forName("windows-31j")));

        assertThat(decoded.text()).isEqualTo(LINE);
        assertThat(decoded.charset().name()).isEqualTo("windows-31j");
    }

    @Test
    void bytesThatAreNeitherAreRefused() {
        byte[] garbage = {(byte) 0x81, (byte) 0x20, (byte) 0xff, (byte) 0xfe, (byte) 0x85};

        assertThatThrownBy(() -> CsvText.decode(garbage)).isInstanceOf(CharacterCodingException.class);
    }
}
