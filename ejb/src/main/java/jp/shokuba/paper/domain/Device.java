package jp.shokuba.paper.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** A printer or copier of a department, read by SNMP at {@link #address()} (host or host:port) or counted by hand. */
@Entity
@Table(name = "device", schema = "paper")
public class Device {

    public enum CounterUnit { IMPRESSION, SHEET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String address;

    @Column(name = "department_code")
    private String departmentCode;

    private String maker;
    private String model;
    private String location;
    private String url;

    @Column(name = "counter_unit")
    private String counterUnit;

    @Column(name = "contract_yen_per_sheet")
    private BigDecimal contractYenPerSheet;

    @Column(name = "snmp_version")
    private String snmpVersion;

    private String community;

    @Column(name = "v3_user")
    private String v3User;

    @Column(name = "v3_auth_key")
    private String v3AuthKey;

    @Column(name = "v3_priv_key")
    private String v3PrivKey;

    @Column(name = "serial_number")
    private String serialNumber;

    protected Device() {
    }

    public Device(String address, Description description) {
        this.address = Objects.requireNonNull(address);
        describe(description);
    }

    /** What the survey sheet says of a device; SNMP settings included. */
    public record Description(String departmentCode, String maker, String model, String location, String url,
                              CounterUnit counterUnit, BigDecimal contractYenPerSheet, String snmpVersion,
                              String community, String v3User, String v3AuthKey, String v3PrivKey) {
        public Description {
            Objects.requireNonNull(departmentCode);
            Objects.requireNonNull(maker);
            Objects.requireNonNull(counterUnit);
            if (!Objects.equals(snmpVersion, "2c") && !Objects.equals(snmpVersion, "3") && !Objects.equals(snmpVersion, "NONE")) {
                throw new IllegalArgumentException("SNMPのバージョンは 2c・3・NONE のいずれかです（「" + snmpVersion + "」）");
            }
            if ("3".equals(snmpVersion) && (v3User == null || v3User.isBlank() || v3AuthKey == null || v3AuthKey.length() < 8)) {
                throw new IllegalArgumentException("SNMPv3 にはユーザー名と8文字以上の認証パスフレーズが必要です");
            }
            if (contractYenPerSheet.signum() < 0) {
                throw new IllegalArgumentException("契約単価は0以上です");
            }
        }
    }

    public void describe(Description d) {
        this.departmentCode = d.departmentCode();
        this.maker = d.maker();
        this.model = d.model();
        this.location = d.location();
        this.url = d.url();
        this.counterUnit = d.counterUnit().name();
        this.contractYenPerSheet = d.contractYenPerSheet();
        this.snmpVersion = d.snmpVersion();
        this.community = d.community();
        this.v3User = d.v3User();
        this.v3AuthKey = d.v3AuthKey();
        this.v3PrivKey = d.v3PrivKey();
    }

    /** The device answered with a serial number; a change of it is noted on the reading as a replaced device. */
    public void reportsSerial(String serial) {
        if (serial != null && !serial.isBlank()) {
            this.serialNumber = serial;
        }
    }

    public long id() {
        return id;
    }

    public String address() {
        return address;
    }

    public String host() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    /** The SNMP port: the one in the address, else 161. */
    public int port() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? 161 : Integer.parseInt(address.substring(colon + 1));
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String maker() {
        return maker;
    }

    public String model() {
        return model;
    }

    public String location() {
        return location;
    }

    public String url() {
        return url;
    }

    public CounterUnit counterUnit() {
        return CounterUnit.valueOf(counterUnit);
    }

    public BigDecimal contractYenPerSheet() {
        return contractYenPerSheet;
    }

    public String snmpVersion() {
        return snmpVersion;
    }

    public boolean polled() {
        return !"NONE".equals(snmpVersion);
    }

    public String community() {
        return community;
    }

    public String v3User() {
        return v3User;
    }

    public String v3AuthKey() {
        return v3AuthKey;
    }

    public String v3PrivKey() {
        return v3PrivKey;
    }

    public String serialNumber() {
        return serialNumber;
    }
}
