package jp.shokuba.paper.domain;

import java.util.List;
import java.util.Optional;

/**
 * A maker's colour, monochrome and A3 counter OIDs, for devices of that MIB. Only OIDs read from a maintained
 * public source are shipped, and the source is named; a counter whose OID could not be confirmed is left out (null)
 * and is entered per device by ADMIN (after an {@code snmpwalk} of the device). Not shipped, for that reason:
 * Ricoh ({@code 1.3.6.1.4.1.367.3.2.1.2.19.5}) and Sharp ({@code 1.3.6.1.4.1.2385.1.1.19.2}) keep their counters in
 * tables whose row for "colour" differs from model to model; Canon ({@code 1.3.6.1.4.1.1602.1.11.1.3.1.4}) counts
 * by size and colour together (no single colour or monochrome counter); Kyocera's public sources disagree on the
 * colour row.
 */
public record CounterProfile(String key, String label, String colourOid, String monoOid, String largeOid, String source) {

    public static final List<CounterProfile> KNOWN = List.of(
            new CounterProfile("XEROX_XCM", "Xerox (XEROX-HOST-RESOURCES-EXT-MIB)",
                    "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33", "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34", null,
                    "xcmHrDevDetailValueInteger: colour 20.33 and black 20.34 printed impressions, as read by GLPI Agent "
                            + "(lib/GLPI/Agent/SNMP/MibSupport/Xerox.pm); for devices whose sysObjectID is under 1.3.6.1.4.1.253.8"));

    public static Optional<CounterProfile> byKey(String key) {
        return KNOWN.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The profile's OID of a counter, if it has one. */
    public Optional<String> oid(CounterKind kind) {
        return Optional.ofNullable(switch (kind) {
            case COLOUR -> colourOid;
            case MONO -> monoOid;
            case LARGE -> largeOid;
            case TOTAL -> null;
        });
    }
}
