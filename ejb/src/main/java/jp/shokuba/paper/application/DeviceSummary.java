package jp.shokuba.paper.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.shokuba.paper.domain.Device;

/**
 * A device as pages and the API show it; never its community or SNMPv3 passphrases, only whether they are set.
 * counterOids are the OIDs read for the extra counters ({@code colour}, {@code mono}, {@code a3}), from the profile or
 * entered for the device.
 */
public record DeviceSummary(long id, String address, String departmentCode, String departmentName, String maker,
                            String model, String location, String url, String counterUnit, BigDecimal contractYenPerSheet,
                            String snmpVersion, String serialNumber, boolean communitySet, boolean v3AuthKeySet,
                            boolean v3PrivKeySet, String counterProfile, Map<String, String> counterOids,
                            BigDecimal contractColourYenPerSheet) {

    static DeviceSummary of(Device d, String departmentName) {
        Map<String, String> oids = new LinkedHashMap<>();
        d.counterSetup().oids().forEach((kind, oid) -> oids.put(kind.jsonName(), oid));
        return new DeviceSummary(d.id(), d.address(), d.departmentCode(), departmentName, d.maker(), d.model(),
                d.location(), d.url(), d.counterUnit().name(), d.contractYenPerSheet(), d.snmpVersion(), d.serialNumber(),
                d.hasCommunity(), d.hasV3AuthKey(), d.hasV3PrivKey(), d.counterSetup().profile(), oids,
                d.counterSetup().contractColourYenPerSheet());
    }
}
