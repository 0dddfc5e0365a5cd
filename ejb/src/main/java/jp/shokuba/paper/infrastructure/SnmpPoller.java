package jp.shokuba.paper.infrastructure;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.shokuba.paper.domain.CounterKind;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Reads the Printer-MIB counter of many devices at once over ONE UDP socket: every request is sent asynchronously
 * and answered (or timed out) on SNMP4J's listener thread, so a round takes about as long as the slowest device
 * (or the timeout), and the number of open sockets does not grow with the number of devices. SNMPv3 requests go
 * through a few threads of their own, because engine discovery blocks the sender.
 */
public final class SnmpPoller implements AutoCloseable {

    /**
     * What to ask: a v2c community, or a v3 user with HMAC-SHA-256 authentication and AES-128 privacy (privKey may
     * be null); besides the life count, the extra counters' OIDs, asked in the same request.
     */
    public record Probe(String host, int port, String version, String community, String user, String authKey, String privKey,
                        Map<CounterKind, String> counterOids) {
        public Probe {
            counterOids = counterOids == null ? Map.of() : Map.copyOf(counterOids);
        }

        public Probe(String host, int port, String version, String community, String user, String authKey, String privKey) {
            this(host, port, version, community, user, authKey, privKey, Map.of());
        }

        public static Probe v2c(String host, int port, String community) {
            return new Probe(host, port, "2c", community, null, null, null);
        }

        /** The same probe asking for these extra counters as well. */
        public Probe withCounters(Map<CounterKind, String> oids) {
            return new Probe(host, port, version, community, user, authKey, privKey, oids);
        }

        /** Without the secrets, should a probe ever reach a log. */
        @Override
        public String toString() {
            return "Probe[" + host + ":" + port + ", SNMP " + version + ", " + counterOids + "]";
        }
    }

    /**
     * The counter and serial number answered, or the reason there is none; the extra counters answered (a counter
     * asked for but not answered, e.g. noSuchObject, is absent).
     */
    public record Answer(Long counter, String serial, String failure, Map<CounterKind, Long> extras) {
        public Answer {
            extras = extras == null ? Map.of() : Map.copyOf(extras);
        }

        public Answer(Long counter, String serial, String failure) {
            this(counter, serial, failure, Map.of());
        }

        public boolean answered() {
            return counter != null;
        }

        public static Answer failed(String why) {
            return new Answer(null, null, why);
        }
    }

    private final Snmp snmp;
    private final USM usm;
    private final ExecutorService v3Senders = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "paper-snmp-v3");
        t.setDaemon(true);
        return t;
    });

    public SnmpPoller() throws IOException {
        SecurityProtocols protocols = SecurityProtocols.getInstance().addDefaultProtocols();
        // an engine ID of its own: the no-argument form looks up the local host name
        usm = new USM(protocols, EngineIds.unique(), 0);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        snmp = new Snmp(dispatcher, new DefaultUdpTransportMapping(new UdpAddress("0.0.0.0/0")));
        snmp.listen();
    }

    /** The number of sockets this poller holds open, whatever the number of devices. */
    public int openSockets() {
        return 1;
    }

    public CompletableFuture<Answer> read(Probe probe, Duration timeout) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        UdpAddress address = new UdpAddress(probe.host() + "/" + probe.port());
        PDU pdu;
        Target<UdpAddress> target;
        if ("3".equals(probe.version())) {
            OctetString user = new OctetString(probe.user());
            boolean priv = probe.privKey() != null && !probe.privKey().isEmpty();
            UsmUser wanted = new UsmUser(user, AuthHMAC192SHA256.ID, new OctetString(probe.authKey()),
                    priv ? PrivAES128.ID : null, priv ? new OctetString(probe.privKey()) : null);
            synchronized (usm) {
                org.snmp4j.security.UsmUserEntry known = usm.getUserTable().getUser(user);
                if (known != null && !samePassphrases(known.getUsmUser(), wanted)) {
                    // the passphrases were changed: the keys localised from the old ones must go
                    usm.removeAllUsers(user);
                    known = null;
                }
                if (known == null) {
                    usm.addUser(user, wanted);
                }
            }
            UserTarget<UdpAddress> t = new UserTarget<>();
            t.setSecurityName(user);
            t.setSecurityLevel(priv ? SecurityLevel.AUTH_PRIV : SecurityLevel.AUTH_NOPRIV);
            t.setVersion(SnmpConstants.version3);
            target = t;
            pdu = new ScopedPDU();
        } else {
            CommunityTarget<UdpAddress> t = new CommunityTarget<>();
            t.setCommunity(new OctetString(probe.community()));
            t.setVersion(SnmpConstants.version2c);
            target = t;
            pdu = new PDU();
        }
        target.setAddress(address);
        target.setTimeout(Math.max(1, timeout.toMillis()));
        target.setRetries(0);
        pdu.setType(PDU.GET);
        pdu.add(new VariableBinding(PrinterMib.LIFE_COUNT));
        pdu.add(new VariableBinding(PrinterMib.SERIAL_NUMBER));
        probe.counterOids().values().forEach(oid -> pdu.add(new VariableBinding(new OID(oid))));
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                answer.complete(interpret(event, probe));
            }
        };
        Runnable send = () -> {
            try {
                snmp.send(pdu, target, null, listener);
            } catch (IOException | RuntimeException e) {
                answer.complete(Answer.failed("送信できません: " + e.getMessage()));
            }
        };
        if ("3".equals(probe.version())) {
            v3Senders.execute(send);
        } else {
            send.run();
        }
        return answer.completeOnTimeout(Answer.failed("応答なし"), timeout.toMillis() * 3 + 1000,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static boolean samePassphrases(UsmUser a, UsmUser b) {
        return java.util.Objects.equals(a.getAuthenticationPassphrase(), b.getAuthenticationPassphrase())
                && java.util.Objects.equals(a.getPrivacyPassphrase(), b.getPrivacyPassphrase());
    }

    private static <A extends org.snmp4j.smi.Address> Answer interpret(ResponseEvent<A> event, Probe probe) {
        if (event.getError() != null) {
            return Answer.failed(event.getError().getMessage());
        }
        PDU response = event.getResponse();
        if (response == null) {
            return Answer.failed("応答なし");
        }
        if (response.getType() == PDU.REPORT) {
            return Answer.failed("SNMPv3 の認証に失敗しました");
        }
        if (response.getErrorStatus() != PDU.noError) {
            return Answer.failed(response.getErrorStatusText());
        }
        Long count = counterValue(response.getVariable(PrinterMib.LIFE_COUNT));
        if (count == null) {
            return Answer.failed("prtMarkerLifeCount がありません");
        }
        Variable serial = response.getVariable(PrinterMib.SERIAL_NUMBER);
        Map<CounterKind, Long> extras = new EnumMap<>(CounterKind.class);
        probe.counterOids().forEach((kind, oid) -> {
            Long value = counterValue(response.getVariable(new OID(oid)));
            if (value != null) {
                extras.put(kind, value);
            }
        });
        return new Answer(count, serial == null || serial.isException() ? null : serial.toString(), null, extras);
    }

    /** A counter's value as the unsigned 32-bit (or 64-bit) number it is; null for an exception or a non-number. */
    private static Long counterValue(Variable v) {
        if (v == null || v.isException()) {
            return null;
        }
        if (v instanceof Counter64 c) {
            return c.getValue() < 0 ? null : c.getValue();
        }
        if (v instanceof UnsignedInteger32 u) {
            return u.getValue();
        }
        if (v instanceof Integer32 i) {
            return i.getValue() & 0xFFFF_FFFFL;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        v3Senders.shutdownNow();
        snmp.close();
    }
}
