package jp.shokuba.paper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which OIDs a device is read for: the profile's, an OID entered for the device winning over it, nothing guessed. */
class CounterSetupTest {

    @Test
    void theXeroxProfileReadsColourAndBlackButHasNoA3Counter() {
        CounterSetup xerox = new CounterSetup("XEROX_XCM", null, null, null, null);

        assertThat(xerox.oids()).containsExactly(
                java.util.Map.entry(CounterKind.COLOUR, "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33"),
                java.util.Map.entry(CounterKind.MONO, "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34"));
    }

    @Test
    void anOidEnteredForTheDeviceWinsOverTheProfileAndAddsToIt() {
        CounterSetup s = new CounterSetup("XEROX_XCM", "1.3.6.1.4.1.99.1.1", null, ".1.3.6.1.4.1.99.1.3", new BigDecimal("5.5"));

        assertThat(s.oids().get(CounterKind.COLOUR)).isEqualTo("1.3.6.1.4.1.99.1.1");
        assertThat(s.oids().get(CounterKind.MONO)).isEqualTo("1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34");
        assertThat(s.oids().get(CounterKind.LARGE)).as("a leading dot, as snmpwalk prints it, is dropped").isEqualTo("1.3.6.1.4.1.99.1.3");
    }

    @Test
    void withoutProfileOrOidsOnlyTheTotalIsRead() {
        assertThat(CounterSetup.NONE.oids()).isEmpty();
        assertThat(new CounterSetup(" ", "", null, null, null).oids()).isEmpty();
    }

    @Test
    void anUnknownProfileOrAMalformedOidIsRefused() {
        assertThatThrownBy(() -> new CounterSetup("RICOH_GUESS", null, null, null, null))
                .hasMessageContaining("RICOH_GUESS").hasMessageContaining("XEROX_XCM");
        assertThatThrownBy(() -> new CounterSetup(null, "1.3.6.1.4.1.x", null, null, null)).hasMessageContaining("カラー");
        assertThatThrownBy(() -> new CounterSetup(null, null, "2.5.4.3", null, null)).hasMessageContaining("モノクロ");
        assertThatThrownBy(() -> new CounterSetup(null, null, null, null, new BigDecimal("-1"))).hasMessageContaining("カラー");
    }

    @Test
    void everyShippedProfileNamesItsSource() {
        assertThat(CounterProfile.KNOWN).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }
}
