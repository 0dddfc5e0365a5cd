package jp.shokuba.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ./shokuba demo} and {@code start} run Payara Micro with no Hazelcast and no phone-home (closed network). */
class PayaraCommandTest {

    @Test
    void hazelcastAndPhoneHomeAreOffAndNoclusterWhichWouldStillStartHazelcastIsNotUsed() {
        assertThat(PayaraProcess.command(Path.of("micro.jar"), Path.of("shokuba.war"), 8080, Path.of("logging.properties")))
                .contains("--nohazelcast", "--disablephonehome").doesNotContain("--nocluster");
    }
}
