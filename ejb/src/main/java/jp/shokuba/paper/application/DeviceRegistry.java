package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.directory.application.csv.CsvRejectedException;
import jp.shokuba.directory.application.csv.CsvSheet;
import jp.shokuba.directory.application.csv.ImportResult;
import jp.shokuba.directory.application.csv.LineError;
import jp.shokuba.paper.domain.AddressPolicy;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.CounterSetup;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.paper.domain.SecretBox;
import jp.shokuba.platform.BusinessException;

/**
 * The register of printers and copiers, fed by the survey sheet (ip,url,memo,department,maker and optional
 * model, location, counter_unit, contract_yen_per_sheet, snmp_version, community, v3_user, v3_auth_key, v3_priv_key,
 * counter_profile, colour_oid, mono_oid, a3_oid, contract_colour_yen_per_sheet; Japanese headings accepted), and
 * the monthly counts of the RPA sheet for devices without SNMP. Departments are named as the directory names its 課
 * and 室, or by their codes. Every line is checked first; one bad line
 * rejects the whole file.
 */
@Stateless
public class DeviceRegistry {

    private static final Map<String, List<String>> HEADINGS = Map.ofEntries(
            Map.entry("ip", List.of("ip", "IPアドレス", "アドレス")), Map.entry("url", List.of("url", "URL")),
            Map.entry("memo", List.of("memo", "MEMO", "メモ")), Map.entry("department", List.of("department", "課所", "所属")),
            Map.entry("maker", List.of("maker", "メーカー")), Map.entry("model", List.of("model", "機種")),
            Map.entry("location", List.of("location", "設置場所")),
            Map.entry("counter_unit", List.of("counter_unit", "カウンター単位")),
            Map.entry("contract_yen_per_sheet", List.of("contract_yen_per_sheet", "契約単価")),
            Map.entry("snmp_version", List.of("snmp_version")), Map.entry("community", List.of("community")),
            Map.entry("v3_user", List.of("v3_user")), Map.entry("v3_auth_key", List.of("v3_auth_key")),
            Map.entry("v3_priv_key", List.of("v3_priv_key")),
            Map.entry("counter_profile", List.of("counter_profile", "カウンタープロファイル")),
            Map.entry("colour_oid", List.of("colour_oid", "color_oid", "カラーOID")),
            Map.entry("mono_oid", List.of("mono_oid", "モノクロOID")),
            Map.entry("a3_oid", List.of("a3_oid", "A3OID")),
            Map.entry("contract_colour_yen_per_sheet", List.of("contract_colour_yen_per_sheet", "contract_color_yen_per_sheet", "カラー契約単価")));
    /** The columns of the extra counters: a sheet without any of them leaves the devices' counter setup as it is. */
    private static final List<String> COUNTER_COLUMNS = List.of("counter_profile", "colour_oid", "mono_oid", "a3_oid",
            "contract_colour_yen_per_sheet");
    private static final Pattern ADDRESS = Pattern.compile("([0-9.]+)(?::(\\d{1,5}))?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/年](\\d{1,2})月?");

    @Inject
    Devices devices;

    @Inject
    Readings readings;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    SecretBox secrets;

    public List<DeviceSummary> devices() {
        Map<String, String> names = departmentNames();
        return devices.all().stream().map(d -> DeviceSummary.of(d, names.getOrDefault(d.departmentCode(), d.departmentCode()))).toList();
    }

    public DeviceSummary device(long id) throws BusinessException {
        Device d = devices.byId(id).orElseThrow(() -> BusinessException.notFound("paper.deviceNotFound", id));
        return DeviceSummary.of(d, departmentNames().getOrDefault(d.departmentCode(), d.departmentCode()));
    }

    public List<Readings.Reading> readings(long id, LocalDate from, LocalDate to) throws BusinessException {
        device(id);
        if (to.isBefore(from) || from.plusDays(800).isBefore(to)) {
            throw BusinessException.invalid("input.invalid", "期間は800日以内で指定してください");
        }
        return readings.between(id, from, to.plusDays(1));
    }

    /** @param counters null when the sheet has no counter columns */
    private record Line(long number, String address, Device.Description description, CounterSetup counters) {
    }

    /** The readings of the device's extra counters (colour, mono, A3) that are configured or were read, by counter. */
    public Map<CounterKind, List<Readings.Reading>> counterReadings(long id, LocalDate from, LocalDate to) throws BusinessException {
        Device d = devices.byId(id).orElseThrow(() -> BusinessException.notFound("paper.deviceNotFound", id));
        readings(id, from, to);
        Map<CounterKind, List<Readings.Reading>> byKind = new java.util.EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.extras()) {
            List<Readings.Reading> rows = readings.between(id, kind, from, to.plusDays(1));
            if (!rows.isEmpty() || d.counterSetup().oids().containsKey(kind)) {
                byKind.put(kind, rows);
            }
        }
        return byKind;
    }

    /** Sets which extra counters a device is read for (ADMIN); their readings start with a baseline at the next round. */
    public DeviceSummary configureCounters(long id, CounterSetup setup) throws BusinessException {
        Device d = devices.byId(id).orElseThrow(() -> BusinessException.notFound("paper.deviceNotFound", id));
        d.configureCounters(setup);
        audit.record(new AuditEvent("paper.device-counters-configured", "Device", Long.toString(id), setup.oids().toString()));
        return device(id);
    }

    public ImportResult importCsv(byte[] csv) throws BusinessException {
        CsvSheet sheet = CsvSheet.withComments(csv, List.of());
        Map<String, UnitSummary> departments = departments();
        List<LineError> errors = new ArrayList<>();
        Map<String, Line> lines = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String required : List.of("ip", "department", "maker")) {
            if (!hasColumn(sheet, required)) {
                missing.add(required);
            }
        }
        boolean counterColumns = COUNTER_COLUMNS.stream().anyMatch(c -> hasColumn(sheet, c));
        if (!missing.isEmpty()) {
            throw new CsvRejectedException(List.of(new LineError(1, "見出しに列がありません: " + String.join("、", missing))));
        }
        for (CsvSheet.Row row : sheet.rows()) {
            try {
                Line line = check(row, departments, counterColumns);
                if (lines.containsKey(line.address())) {
                    throw new IllegalArgumentException("アドレス「" + line.address() + "」が " + lines.get(line.address()).number()
                            + " 行目と重複しています");
                }
                lines.put(line.address(), line);
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(row.line(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvRejectedException(errors);
        }
        int created = 0;
        for (Line line : lines.values()) {
            Optional<Device> existing = devices.byAddress(line.address());
            Device device;
            if (existing.isPresent()) {
                device = existing.get();
                device.describe(line.description(), secrets);
            } else {
                device = new Device(line.address(), line.description(), secrets);
                devices.add(device);
                created++;
            }
            if (line.counters() != null) {
                device.configureCounters(line.counters());
            }
        }
        audit.record(new AuditEvent("paper.devices-imported", "Device", "csv",
                "新規 " + created + " 件、更新 " + (lines.size() - created) + " 件 (" + sheet.charset() + ")"));
        return new ImportResult(sheet.charset(), created, lines.size() - created);
    }

    /**
     * The RPA sheet: {@code ip} and one column per month ({@code 2025-04}, {@code 2025/04} or {@code 2025年4月}) with
     * the pages of that month; a blank cell is no count. The devices must be registered.
     */
    public ImportResult importMonthlyCsv(byte[] csv) throws BusinessException {
        CsvSheet sheet = CsvSheet.withComments(csv, List.of());
        List<LineError> errors = new ArrayList<>();
        record Count(long deviceId, YearMonth month, long pages) {
        }
        List<Count> counts = new ArrayList<>();
        for (CsvSheet.Row row : sheet.rows()) {
            List<String> problems = new ArrayList<>();
            String ip = column(row, "ip").orElse("");
            Optional<Device> device = devices.byAddress(ip);
            if (device.isEmpty()) {
                problems.add("アドレス「" + ip + "」の機器は登録されていません");
            }
            for (Map.Entry<String, String> cell : row.values().entrySet()) {
                Matcher m = MONTH.matcher(cell.getKey().strip());
                String value = cell.getValue() == null ? "" : cell.getValue().strip().replace(",", "");
                if (!m.matches() || value.isEmpty()) {
                    continue;
                }
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    problems.add("列「" + cell.getKey() + "」は月ではありません");
                } else if (!value.matches("\\d{1,9}")) {
                    problems.add(cell.getKey() + " の枚数「" + value + "」は0以上の整数ではありません");
                } else if (device.isPresent()) {
                    counts.add(new Count(device.get().id(), YearMonth.of(Integer.parseInt(m.group(1)), month), Long.parseLong(value)));
                }
            }
            if (!problems.isEmpty()) {
                errors.add(new LineError(row.line(), String.join("。", problems)));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvRejectedException(errors);
        }
        counts.forEach(c -> readings.putMonthly(c.deviceId(), c.month(), c.pages()));
        audit.record(new AuditEvent("paper.monthly-imported", "Device", "csv", counts.size() + " 件 (" + sheet.charset() + ")"));
        return new ImportResult(sheet.charset(), counts.size(), 0);
    }

    private static boolean hasColumn(CsvSheet sheet, String name) {
        return !sheet.rows().isEmpty() && HEADINGS.get(name).stream().anyMatch(h -> sheet.rows().get(0).values().containsKey(h));
    }

    private Line check(CsvSheet.Row row, Map<String, UnitSummary> departments, boolean counterColumns) {
        List<String> problems = new ArrayList<>();
        String ip = column(row, "ip").orElse("");
        Matcher m = ADDRESS.matcher(ip);
        if (!m.matches() || !AddressPolicy.isAddress(m.group(1))
                || m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535)) {
            problems.add("IPアドレス「" + ip + "」は IPv4 アドレス (ポート番号は「:ポート」) ではありません");
        }
        String departmentName = column(row, "department").orElse("");
        UnitSummary unit = departments.get(departmentName);
        if (unit == null) {
            problems.add("課所「" + departmentName + "」は組織にありません");
        }
        String maker = column(row, "maker").orElse("");
        if (maker.isEmpty() || maker.length() > 100) {
            problems.add("メーカーは1〜100文字で入力してください");
        }
        Device.CounterUnit unitOfCounter = Device.CounterUnit.IMPRESSION;
        String counterUnit = column(row, "counter_unit").orElse("");
        if (List.of("SHEET", "枚", "用紙").contains(counterUnit)) {
            unitOfCounter = Device.CounterUnit.SHEET;
        } else if (!counterUnit.isEmpty() && !List.of("IMPRESSION", "面", "印刷面").contains(counterUnit)) {
            problems.add("カウンター単位は IMPRESSION (面) か SHEET (枚) です（「" + counterUnit + "」）");
        }
        BigDecimal price = price(row, "contract_yen_per_sheet", "契約単価", problems);
        if (price == null) {
            price = BigDecimal.ZERO;
        }
        CounterSetup counters = null;
        if (counterColumns) {
            BigDecimal colourPrice = price(row, "contract_colour_yen_per_sheet", "カラー契約単価", problems);
            try {
                counters = new CounterSetup(column(row, "counter_profile").orElse(null), column(row, "colour_oid").orElse(null),
                        column(row, "mono_oid").orElse(null), column(row, "a3_oid").orElse(null), colourPrice);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        String location = column(row, "location").orElse(column(row, "memo").orElse(""));
        if (location.length() > 200 || column(row, "model").orElse("").length() > 100) {
            problems.add("機種は100文字、設置場所は200文字までです");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("。", problems));
        }
        Device.Description d = new Device.Description(unit.code(), maker, column(row, "model").orElse(""), location,
                column(row, "url").orElse(""), unitOfCounter, price, column(row, "snmp_version").orElse("2c"),
                column(row, "community").orElse("public"), column(row, "v3_user").orElse(null),
                column(row, "v3_auth_key").orElse(null), column(row, "v3_priv_key").orElse(null));
        return new Line(row.line(), ip, d, counters);
    }

    /** A price column's value, null when blank; a problem noted when it is no number. */
    private static BigDecimal price(CsvSheet.Row row, String name, String label, List<String> problems) {
        String text = column(row, name).orElse("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(label + "「" + text + "」は数値ではありません");
            return null;
        }
    }

    private static Optional<String> column(CsvSheet.Row row, String name) {
        for (String heading : HEADINGS.get(name)) {
            if (row.values().containsKey(heading)) {
                String v = row.get(heading);
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** 課 and 室 by name and by code. */
    private Map<String, UnitSummary> departments() {
        Map<String, UnitSummary> byName = new HashMap<>();
        for (UnitSummary u : directory.organisation()) {
            if (u.kind().equals("DEPARTMENT") || u.kind().equals("OFFICE")) {
                byName.put(u.name(), u);
                byName.put(u.code(), u);
            }
        }
        return byName;
    }

    Map<String, String> departmentNames() {
        Map<String, String> names = new HashMap<>();
        directory.organisation().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
