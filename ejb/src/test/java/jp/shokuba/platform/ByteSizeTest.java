package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Attachment sizes read as KB and MB, not as "32362 bytes". */
class ByteSizeTest {

    @Test
    void bytesBecomeTheLargestUnitBelow1024WithOneDecimalUnder100() {
        assertThat(ByteSize.readable(0)).isEqualTo("0 B");
        assertThat(ByteSize.readable(1023)).isEqualTo("1023 B");
        assertThat(ByteSize.readable(1024)).isEqualTo("1.0 KB");
        assertThat(ByteSize.readable(32_362)).isEqualTo("31.6 KB");
        assertThat(ByteSize.readable(512_000)).isEqualTo("500 KB");
        assertThat(ByteSize.readable(4_404_019)).isEqualTo("4.2 MB");
        assertThat(ByteSize.readable(1_181_116_006L)).isEqualTo("1.1 GB");
        assertThat(ByteSize.readable(Long.MAX_VALUE)).endsWith(" TB");
    }

    @Test
    void aNegativeSizeIsAnError() {
        assertThatThrownBy(() -> ByteSize.readable(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
