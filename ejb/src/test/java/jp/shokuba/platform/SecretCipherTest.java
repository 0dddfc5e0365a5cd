package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of stored secrets: opens with the same key and purpose only, and shows nothing of the secret. */
class SecretCipherTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 8);
    }

    private final SecretCipher cipher = new SecretCipher(KEY, "paper.device.snmp");

    @Test
    void aSealedPassphraseOpensAgainAndShowsNothingOfItself() {
        String sealed = cipher.seal("authpass-第1");

        assertThat(sealed).startsWith(SecretCipher.PREFIX).doesNotContain("authpass");
        assertThat(SecretCipher.isSealed(sealed)).isTrue();
        assertThat(cipher.open(sealed)).isEqualTo("authpass-第1");
        assertThat(new SecretCipher(KEY.clone(), "paper.device.snmp").open(sealed)).as("a cipher made again from the key file")
                .isEqualTo("authpass-第1");
    }

    @Test
    void theSameSecretSealedTwiceLooksDifferent() {
        assertThat(cipher.seal("public")).isNotEqualTo(cipher.seal("public"));
    }

    @Test
    void anotherKeyAnotherPurposeOrAChangedByteDoNotOpen() {
        String sealed = cipher.seal("privpass-it");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(SecretCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String changed = SecretCipher.PREFIX + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY, "paper.device.snmp").open(sealed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretCipher(KEY, "records.pii").open(sealed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open(changed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.open("privpass-it")).as("a plain value is not taken for a sealed one")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullStaysNullAndAShortKeyIsRefused() {
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
        assertThatThrownBy(() -> new SecretCipher(new byte[16], "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
