package jp.shokuba.paper.infrastructure;

import java.util.concurrent.ThreadLocalRandom;
import org.snmp4j.mp.MPv3;
import org.snmp4j.smi.OctetString;

/**
 * SNMPv3 local engine IDs, unique per engine. An engine ID holds at most 32 bytes, five of them the enterprise
 * prefix, so the part that makes it unique is a fixed 16 hex digits: a host, port and clock reading in the ID
 * itself overflowed it as soon as the clock had grown enough digits.
 */
final class EngineIds {

    private EngineIds() {
    }

    static OctetString unique() {
        return new OctetString(MPv3.createLocalEngineID(
                new OctetString(String.format("%016x", ThreadLocalRandom.current().nextLong()))));
    }
}
