package jp.shokuba.paper.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import jp.shokuba.paper.domain.AddressPolicy;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.paper.domain.SecretBox;
import jp.shokuba.paper.infrastructure.SimulatedPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, simulated SNMP agents on loopback for the demo devices (those on the demo agents' port), continuing
 * from their last counter and printing a few pages a minute, so that "poll now" and the daily round read real answers.
 * Off with {@code shokuba.paper.demo.agents=false} (benchmarks run without demo background work). An address already
 * taken (another instance's agents) is logged and skipped.
 */
@Singleton
@Startup
@DependsOn("DemoMode")
public class DemoAgents {

    private static final Logger LOG = Logger.getLogger(DemoAgents.class.getName());

    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "shokuba.paper.demo.agents", defaultValue = "true")
    boolean agentsWanted;

    @Inject
    @ConfigProperty(name = "shokuba.paper.demo.agent-port", defaultValue = "16161")
    int agentPort;

    @Inject
    Devices devices;

    @Inject
    Readings readings;

    @Inject
    Clock clock;

    @Inject
    SecretBox secrets;

    private final List<SimulatedPrinter> agents = new ArrayList<>();
    private ScheduledExecutorService printing;

    @PostConstruct
    void start() {
        if (!demo || !agentsWanted) {
            return;
        }
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        for (Device d : devices.all()) {
            if (!AddressPolicy.isLoopback(d.host()) || d.port() != agentPort) {
                continue;
            }
            long counter = readings.lastAnswerBefore(d.id(), tomorrow).map(Readings.Reading::counter).orElse(100_000L);
            try {
                SimulatedPrinter p = SimulatedPrinter.v2c(d.host(), d.port(), d.community(secrets), counter, d.serialNumber());
                p.setDelayMillis(20 + (int) (d.id() % 9) * 20);
                agents.add(p);
            } catch (IOException | IllegalArgumentException taken) {
                LOG.warning(() -> "demo SNMP agent not started on " + d.address() + ": " + taken.getMessage());
            }
        }
        Random random = new Random();
        printing = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "paper-demo-printing");
            t.setDaemon(true);
            return t;
        });
        printing.scheduleAtFixedRate(() -> agents.forEach(a -> a.print(random.nextInt(6))), 1, 1, TimeUnit.MINUTES);
        LOG.info(() -> agents.size() + " demo SNMP agents on 127.0.1.x:" + agentPort);
    }

    @PreDestroy
    void stop() {
        if (printing != null) {
            printing.shutdownNow();
        }
        for (SimulatedPrinter a : agents) {
            try {
                a.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
    }
}
