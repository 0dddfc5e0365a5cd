package jp.shokuba.paper.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shokuba.paper.domain.AddressPolicy;
import jp.shokuba.paper.infrastructure.SnmpPoller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one SNMP poller (one UDP socket), its timeout and the address policy: loopback only unless
 * {@code shokuba.paper.snmp.allow-outside-loopback} is set for production. Also the guard that keeps two rounds
 * from running at once.
 */
@ApplicationScoped
public class SnmpSession {

    @Inject
    @ConfigProperty(name = "shokuba.paper.snmp.allow-outside-loopback", defaultValue = "false")
    boolean outsideLoopbackAllowed;

    @Inject
    @ConfigProperty(name = "shokuba.paper.snmp.timeout-ms", defaultValue = "2000")
    long timeoutMillis;

    private final AtomicBoolean roundRunning = new AtomicBoolean();
    private volatile CounterPolling.RoundResult lastRound;
    private SnmpPoller poller;

    public synchronized SnmpPoller poller() {
        if (poller == null) {
            try {
                poller = new SnmpPoller();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the SNMP socket", e);
            }
        }
        return poller;
    }

    public AddressPolicy policy() {
        return new AddressPolicy(outsideLoopbackAllowed);
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    boolean startRound() {
        return roundRunning.compareAndSet(false, true);
    }

    void endRound(CounterPolling.RoundResult result) {
        if (result != null) {
            lastRound = result;
        }
        roundRunning.set(false);
    }

    public boolean roundRunning() {
        return roundRunning.get();
    }

    public java.util.Optional<CounterPolling.RoundResult> lastRound() {
        return java.util.Optional.ofNullable(lastRound);
    }

    @PreDestroy
    synchronized void close() {
        if (poller != null) {
            try {
                poller.close();
            } catch (IOException ignored) {
                // closing on shutdown; nothing left to do
            }
        }
    }
}
