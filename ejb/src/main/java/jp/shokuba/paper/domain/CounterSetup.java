package jp.shokuba.paper.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which counters beside the total a device is read for: a maker's profile and/or OIDs entered for the device (an
 * OID entered wins over the profile's), and the contract price of a colour sheet when it differs from the
 * monochrome one (the device's contract price).
 */
public record CounterSetup(String profile, String colourOid, String monoOid, String largeOid, BigDecimal contractColourYenPerSheet) {

    private static final Pattern OID = Pattern.compile("1\\.3\\.6\\.1(\\.\\d{1,10}){1,60}");

    public static final CounterSetup NONE = new CounterSetup(null, null, null, null, null);

    public CounterSetup {
        profile = blankToNull(profile);
        colourOid = oid(colourOid, "カラー");
        monoOid = oid(monoOid, "モノクロ");
        largeOid = oid(largeOid, "A3");
        if (profile != null && CounterProfile.byKey(profile).isEmpty()) {
            throw new IllegalArgumentException("カウンターのプロファイル「" + profile + "」はありません（"
                    + String.join("・", CounterProfile.KNOWN.stream().map(CounterProfile::key).toList()) + "）");
        }
        if (contractColourYenPerSheet != null && contractColourYenPerSheet.signum() < 0) {
            throw new IllegalArgumentException("カラーの契約単価は0以上です");
        }
    }

    /** The OID read for each configured counter, in the order colour, mono, A3. */
    public Map<CounterKind, String> oids() {
        Map<CounterKind, String> oids = new EnumMap<>(CounterKind.class);
        CounterProfile p = profile == null ? null : CounterProfile.byKey(profile).orElseThrow();
        for (CounterKind kind : CounterKind.extras()) {
            String own = switch (kind) {
                case COLOUR -> colourOid;
                case MONO -> monoOid;
                case LARGE -> largeOid;
                case TOTAL -> null;
            };
            String oid = own != null ? own : p == null ? null : p.oid(kind).orElse(null);
            if (oid != null) {
                oids.put(kind, oid);
            }
        }
        return Collections.unmodifiableMap(oids);
    }

    private static String oid(String text, String what) {
        String oid = blankToNull(text);
        if (oid == null) {
            return null;
        }
        if (oid.startsWith(".")) {
            oid = oid.substring(1);
        }
        if (!OID.matcher(oid).matches()) {
            throw new IllegalArgumentException(what + "カウンターの OID「" + text + "」は 1.3.6.1. で始まる数字と点の列ではありません");
        }
        return oid;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
