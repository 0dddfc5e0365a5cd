package jp.shokuba.paper.infrastructure;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * A printer's SNMP agent on loopback, for tests, the demo and the benchmarks: it answers the Printer-MIB life count
 * (as a Counter32, so it wraps at 2^32) and serial number, after an optional delay, or stays silent. It refuses to
 * listen anywhere but 127.0.0.0/8. The counter, serial, delay and silence can be changed while it runs, and vendor
 * counters (colour, mono, A3) can be scripted under any OID, answered as Counter32 as well.
 */
public final class SimulatedPrinter implements AutoCloseable {

    private static final ScheduledExecutorService DELAYED = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "simulated-printer-reply");
        t.setDaemon(true);
        return t;
    });

    private final Snmp snmp;
    private final String host;
    private final int port;
    private final String community;
    private volatile long counter;
    private volatile String serial;
    private volatile boolean silent;
    private volatile int delayMillis;
    private final Map<OID, Long> vendorCounters = new ConcurrentHashMap<>();

    private SimulatedPrinter(String host, int port, String community, UsmUser v3User, long counter, String serial)
            throws IOException {
        if (!host.startsWith("127.")) {
            throw new IllegalArgumentException("simulated printers listen on loopback only, not " + host);
        }
        this.community = community;
        this.counter = counter;
        this.serial = serial;
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(host + "/" + port));
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (v3User != null) {
            USM usm = new USM(SecurityProtocols.getInstance().addDefaultProtocols(),
                    EngineIds.unique(), 0);
            usm.addUser(v3User);
            dispatcher.addMessageProcessingModel(new MPv3(usm));
        }
        snmp = new Snmp(dispatcher, transport);
        snmp.addCommandResponder(new Responder());
        snmp.listen();
        this.host = host;
        this.port = transport.getListenAddress().getPort();
    }

    /** A v2c agent; port 0 picks a free port, see {@link #port()}. */
    public static SimulatedPrinter v2c(String host, int port, String community, long counter, String serial) throws IOException {
        return new SimulatedPrinter(host, port, community, null, counter, serial);
    }

    /** A v3 agent (HMAC-SHA-256 authentication, AES-128 privacy when privKey is given) that answers v2c with "public" as well. */
    public static SimulatedPrinter v3(String host, int port, String user, String authKey, String privKey, long counter,
                                      String serial) throws IOException {
        UsmUser u = new UsmUser(new OctetString(user), AuthHMAC192SHA256.ID, new OctetString(authKey),
                privKey == null ? null : PrivAES128.ID, privKey == null ? null : new OctetString(privKey));
        return new SimulatedPrinter(host, port, "public", u, counter, serial);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String address() {
        return host + ":" + port;
    }

    public long counter() {
        return counter;
    }

    public void setCounter(long value) {
        this.counter = value;
    }

    /** Prints pages; the counter is a Counter32 on the wire, so it wraps at 2^32. */
    public void print(long pages) {
        this.counter = counter + pages;
    }

    /** A vendor counter under {@code oid} (e.g. a colour counter), answered as a Counter32 from now on. */
    public void setCounter(String oid, long value) {
        vendorCounters.put(new OID(oid), value);
    }

    /** The vendor counter is no longer answered (noSuchObject), as on a device without it. */
    public void removeCounter(String oid) {
        vendorCounters.remove(new OID(oid));
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public void setSilent(boolean silent) {
        this.silent = silent;
    }

    public void setDelayMillis(int delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }

    private final class Responder implements CommandResponder {
        @Override
        public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
            PDU request = event.getPDU();
            if (request == null || request.getType() != PDU.GET) {
                return;
            }
            if (event.getSecurityModel() != 3 && !community.equals(new String(event.getSecurityName()))) {
                event.setProcessed(true);
                return;
            }
            event.setProcessed(true);
            if (silent) {
                return;
            }
            PDU response = (PDU) request.clone();
            response.setType(PDU.RESPONSE);
            response.setErrorStatus(PDU.noError);
            response.setErrorIndex(0);
            for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.getOid().equals(PrinterMib.LIFE_COUNT)) {
                    vb.setVariable(new Counter32(counter & 0xFFFF_FFFFL));
                } else if (vb.getOid().equals(PrinterMib.SERIAL_NUMBER) && serial != null) {
                    vb.setVariable(new OctetString(serial));
                } else if (vendorCounters.containsKey(vb.getOid())) {
                    vb.setVariable(new Counter32(vendorCounters.get(vb.getOid()) & 0xFFFF_FFFFL));
                } else {
                    vb.setVariable(Null.noSuchObject);
                }
            }
            Runnable reply = () -> {
                try {
                    event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                            event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                            event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
                } catch (Exception closed) {
                    // the agent was closed before its delayed answer; a real device would be silent too
                }
            };
            int delay = delayMillis;
            if (delay > 0) {
                DELAYED.schedule(reply, delay, TimeUnit.MILLISECONDS);
            } else {
                reply.run();
            }
        }
    }
}
