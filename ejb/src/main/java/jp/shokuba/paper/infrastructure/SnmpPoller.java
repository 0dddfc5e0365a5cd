package jp.shokuba.paper.infrastructure;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
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

    /** What to ask: a v2c community, or a v3 user with HMAC-SHA-256 authentication and AES-128 privacy (privKey may be null). */
    public record Probe(String host, int port, String version, String community, String user, String authKey, String privKey) {
        public static Probe v2c(String host, int port, String community) {
            return new Probe(host, port, "2c", community, null, null, null);
        }
    }

    /** The counter and serial number answered, or the reason there is none. */
    public record Answer(Long counter, String serial, String failure) {
        public boolean answered() {
            return counter != null;
        }

        static Answer failed(String why) {
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
            synchronized (usm) {
                if (usm.getUserTable().getUser(user) == null) {
                    usm.addUser(user, new UsmUser(user, AuthHMAC192SHA256.ID, new OctetString(probe.authKey()),
                            priv ? PrivAES128.ID : null, priv ? new OctetString(probe.privKey()) : null));
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
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                answer.complete(interpret(event));
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

    private static <A extends org.snmp4j.smi.Address> Answer interpret(ResponseEvent<A> event) {
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
        Variable count = response.getVariable(PrinterMib.LIFE_COUNT);
        if (count == null || count.isException()) {
            return Answer.failed("prtMarkerLifeCount がありません");
        }
        if (count instanceof Counter32 c) {
            long value = c.getValue();
            Variable serial = response.getVariable(PrinterMib.SERIAL_NUMBER);
            return new Answer(value, serial == null || serial.isException() ? null : serial.toString(), null);
        }
        return new Answer(count.toLong(), null, null);
    }

    @Override
    public void close() throws IOException {
        v3Senders.shutdownNow();
        snmp.close();
    }
}
