package jp.shokuba.paper.application;

import java.math.BigDecimal;
import jp.shokuba.paper.domain.Device;

/** A device as pages and the API show it; never its SNMPv3 keys. */
public record DeviceSummary(long id, String address, String departmentCode, String departmentName, String maker,
                            String model, String location, String url, String counterUnit, BigDecimal contractYenPerSheet,
                            String snmpVersion, String serialNumber) {

    static DeviceSummary of(Device d, String departmentName) {
        return new DeviceSummary(d.id(), d.address(), d.departmentCode(), departmentName, d.maker(), d.model(),
                d.location(), d.url(), d.counterUnit().name(), d.contractYenPerSheet(), d.snmpVersion(), d.serialNumber());
    }
}
