package jp.shokuba.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One machine, one spelling: the loopback that Java writes as 0:0:0:0:0:0:0:1 is ::1 in the trail. */
class RemoteAddressTest {

    @Test
    void theIpv6LoopbackIsDoubleColonOne() {
        assertThat(RemoteAddress.normalised("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(RemoteAddress.normalised("[0000:0000::0001]")).isEqualTo("::1");
    }

    @Test
    void ipv6IsWrittenAsRfc5952Says() {
        assertThat(RemoteAddress.normalised("2001:0DB8:0000:0000:0001:0000:0000:0001")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(RemoteAddress.normalised("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(RemoteAddress.normalised("fe80:0:0:0:1:2:3:4%eth0")).isEqualTo("fe80::1:2:3:4%eth0");
        assertThat(RemoteAddress.normalised("1:0:0:0:0:0:0:0")).isEqualTo("1::");
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        assertThat(RemoteAddress.normalised("::ffff:127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(RemoteAddress.normalised("0:0:0:0:0:ffff:7f00:1")).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv4AndAnythingElseStayAsTheyAre() {
        assertThat(RemoteAddress.normalised("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(RemoteAddress.normalised("system")).isEqualTo("system");
        assertThat(RemoteAddress.normalised("1:2:3")).isEqualTo("1:2:3");
        assertThat(RemoteAddress.normalised("1::2::3")).isEqualTo("1::2::3");
        assertThat(RemoteAddress.normalised("::ffff:300.0.0.1")).isEqualTo("::ffff:300.0.0.1");
    }
}
