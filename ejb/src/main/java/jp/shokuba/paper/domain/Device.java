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

    @Column(name = "counter_profile")
    private String counterProfile;

    @Column(name = "colour_oid")
    private String colourOid;

    @Column(name = "mono_oid")
    private String monoOid;

    @Column(name = "large_oid")
    private String largeOid;

    @Column(name = "contract_colour_yen_per_sheet")
    private BigDecimal contractColourYenPerSheet;

    protected Device() {
    }

    /** A new device; its SNMP secrets are kept sealed by {@code box}. */
    public Device(String address, Description description, SecretBox box) {
        this.address = Objects.requireNonNull(address);
        describe(description, box);
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

        /** Without the secrets, should a description ever reach a log. */
        @Override
        public String toString() {
            return "Description[" + departmentCode + ", " + maker + " " + model + ", SNMP " + snmpVersion + "]";
        }
    }

    /** The survey sheet's description; the community and passphrases are stored sealed, never as given. */
    public void describe(Description d, SecretBox box) {
        this.departmentCode = d.departmentCode();
        this.maker = d.maker();
        this.model = d.model();
        this.location = d.location();
        this.url = d.url();
        this.counterUnit = d.counterUnit().name();
        this.contractYenPerSheet = d.contractYenPerSheet();
        this.snmpVersion = d.snmpVersion();
        this.community = box.seal(d.community());
        this.v3User = d.v3User();
        this.v3AuthKey = box.seal(d.v3AuthKey());
        this.v3PrivKey = box.seal(d.v3PrivKey());
    }

    /** Which counters beside the total are read, and the colour price. */
    public void configureCounters(CounterSetup setup) {
        this.counterProfile = setup.profile();
        this.colourOid = setup.colourOid();
        this.monoOid = setup.monoOid();
        this.largeOid = setup.largeOid();
        this.contractColourYenPerSheet = setup.contractColourYenPerSheet();
    }

    public CounterSetup counterSetup() {
        return new CounterSetup(counterProfile, colourOid, monoOid, largeOid, contractColourYenPerSheet);
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

    public String community(SecretBox box) {
        return box.open(community);
    }

    public String v3User() {
        return v3User;
    }

    public String v3AuthKey(SecretBox box) {
        return box.open(v3AuthKey);
    }

    public String v3PrivKey(SecretBox box) {
        return box.open(v3PrivKey);
    }

    /** Whether a community is set; the API shows "set" or "not set", never the value. */
    public boolean hasCommunity() {
        return community != null && !community.isEmpty();
    }

    public boolean hasV3AuthKey() {
        return v3AuthKey != null && !v3AuthKey.isEmpty();
    }

    public boolean hasV3PrivKey() {
        return v3PrivKey != null && !v3PrivKey.isEmpty();
    }

    public String serialNumber() {
        return serialNumber;
    }
}
