package jp.shokuba.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortAnotherServerListensOnIsNotFreeAndIsFreeAgainOnceItCloses() throws IOException {
        int port;
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            port = other.getLocalPort();

            assertThat(Launcher.portFree(port)).isFalse();
        }
        assertThat(Launcher.portFree(port)).isTrue();
    }
}
