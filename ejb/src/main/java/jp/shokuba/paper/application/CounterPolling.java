package jp.shokuba.paper.application;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import jp.shokuba.paper.domain.AddressPolicy;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.ReadingFlag;
import jp.shokuba.paper.domain.SecretBox;
import jp.shokuba.paper.infrastructure.SnmpPoller;
import jp.shokuba.platform.BusinessException;

/**
 * A polling round: every SNMP device is asked at once over the one socket, each with the timeout; the answers are
 * written when the last one is in (or timed out), in one transaction. No transaction is held while waiting on the
 * network. Addresses outside the policy (outside 127.0.0.0/8 unless production allows it) are refused, not polled.
 */
@Stateless
public class CounterPolling {

    private static final Logger LOG = Logger.getLogger(CounterPolling.class.getName());

    @Inject
    Devices devices;

    @Inject
    ReadingBook book;

    @Inject
    SnmpSession session;

    @Inject
    SecretBox secrets;

    public record RoundResult(LocalDate day, int devices, int answered, int silent, List<String> refused,
                              Map<ReadingFlag, Integer> flags, long millis) {
    }

    /** @param departmentCode only this 課's devices, or null for all */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RoundResult poll(LocalDate day, String departmentCode) throws BusinessException {
        if (!session.startRound()) {
            throw BusinessException.conflict("paper.pollRunning");
        }
        RoundResult result = null;
        try {
            result = round(day, departmentCode);
            return result;
        } finally {
            session.endRound(result);
        }
    }

    /** The same round in the background, for "poll now" (202) and the daily schedule. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<RoundResult> pollInBackground(LocalDate day, String departmentCode) {
        try {
            return new AsyncResult<>(poll(day, departmentCode));
        } catch (BusinessException running) {
            LOG.info("a polling round is already running; this one is skipped");
            return new AsyncResult<>(null);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "polling round failed", e);
            throw e;
        }
    }

    /** The total and the configured extra counters of a device, in one request; secrets opened only for it. */
    private CompletableFuture<SnmpPoller.Answer> read(Device d) {
        SnmpPoller.Probe probe;
        try {
            probe = new SnmpPoller.Probe(d.host(), d.port(), d.snmpVersion(), d.community(secrets), d.v3User(),
                    d.v3AuthKey(secrets), d.v3PrivKey(secrets), d.counterSetup().oids());
        } catch (IllegalArgumentException sealedUnderAnotherKey) {
            LOG.warning(() -> "the SNMP secrets of " + d.address() + " do not open with the paper secret key: "
                    + sealedUnderAnotherKey.getMessage());
            return CompletableFuture.completedFuture(SnmpPoller.Answer.failed("SNMP の秘密情報を復号できません"));
        }
        return session.poller().read(probe, session.timeout());
    }

    private RoundResult round(LocalDate day, String departmentCode) {
        long start = System.nanoTime();
        AddressPolicy policy = session.policy();
        List<Device> polled = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<CompletableFuture<SnmpPoller.Answer>> answers = new ArrayList<>();
        for (Device d : devices.all()) {
            if (!d.polled() || departmentCode != null && !departmentCode.equals(d.departmentCode())) {
                continue;
            }
            if (!policy.allows(d.host())) {
                refused.add(d.address());
                continue;
            }
            polled.add(d);
            answers.add(read(d));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        List<ReadingBook.Answer> read = new ArrayList<>();
        int answered = 0;
        for (int i = 0; i < polled.size(); i++) {
            SnmpPoller.Answer a = answers.get(i).join();
            Map<CounterKind, Long> extras = new EnumMap<>(CounterKind.class);
            polled.get(i).counterSetup().oids().keySet().forEach(kind -> extras.put(kind, a.extras().get(kind)));
            read.add(new ReadingBook.Answer(polled.get(i).id(), a.counter(), a.serial(), extras));
            answered += a.answered() ? 1 : 0;
        }
        Map<ReadingFlag, Integer> flags = book.recordAll(day, read);
        if (!refused.isEmpty()) {
            LOG.warning(() -> "not polled, outside the allowed addresses: " + refused);
        }
        return new RoundResult(day, polled.size(), answered, polled.size() - answered, refused, flags,
                (System.nanoTime() - start) / 1_000_000);
    }
}
