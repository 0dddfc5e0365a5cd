package jp.shokuba.paper.infrastructure;

import org.snmp4j.smi.OID;

/** The Printer-MIB (RFC 3805) objects read from every device. */
public final class PrinterMib {

    /** prtMarkerLifeCount.1.1: the lifetime count of the first marker of the first printer (Counter32). */
    public static final OID LIFE_COUNT = new OID("1.3.6.1.2.1.43.10.2.1.4.1.1");
    /** prtGeneralSerialNumber.1: tells a replaced device from a reset counter. */
    public static final OID SERIAL_NUMBER = new OID("1.3.6.1.2.1.43.5.1.1.17.1");

    private PrinterMib() {
    }
}
