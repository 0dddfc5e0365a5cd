package jp.shokuba.paper.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.directory.application.csv.ImportResult;
import jp.shokuba.paper.application.CounterPolling;
import jp.shokuba.paper.application.DeviceRegistry;
import jp.shokuba.paper.application.DeviceSummary;
import jp.shokuba.paper.application.DxIndicators;
import jp.shokuba.paper.application.PaperExport;
import jp.shokuba.paper.application.PaperFigures;
import jp.shokuba.paper.application.PaperSettings;
import jp.shokuba.paper.application.SnmpSession;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.CounterProfile;
import jp.shokuba.paper.domain.CounterSetup;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paper reduction: the device register and its imports (ADMIN), polling (ADMIN), readings, the figures per 課 with
 * reduction and rank, and the DX indicators (every signed-in member of staff: each department sees its own rank
 * among all). Fiscal years are 年度 (April to March), named by the year they start in.
 */
@Path("/paper")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaperResource {

    @Inject
    DeviceRegistry registry;

    @Inject
    CounterPolling polling;

    @Inject
    SnmpSession session;

    @Inject
    PaperFigures figures;

    @Inject
    DxIndicators indicators;

    @Inject
    PaperSettings settings;

    @Inject
    PaperExport export;

    @Inject
    Clock clock;

    @GET
    @Path("/devices")
    @Operation(summary = "The printers and copiers with department, maker, model, location, address, counter unit and contract price")
    public List<DeviceSummary> devices() {
        return registry.devices();
    }

    @POST
    @Path("/devices-import")
    @RolesAllowed("ADMIN")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the survey sheet (UTF-8 or Shift_JIS): ip,url,memo,department,maker and optionally model, location, "
            + "counter_unit (IMPRESSION|SHEET), contract_yen_per_sheet, snmp_version (2c|3|NONE), community, v3_user, v3_auth_key, v3_priv_key",
            description = "department is the 課 or 室 by name or code. Lines starting with # are notes. A known address updates its device. "
                    + "All or nothing: on any bad line nothing is imported and the 400 problem lists every error by line.")
    public ImportResult importDevices(byte[] csv) throws BusinessException {
        return registry.importCsv(csv);
    }

    @POST
    @Path("/monthly-import")
    @RolesAllowed("ADMIN")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the monthly RPA sheet for devices without SNMP: ip and one column per month (2025-04, 2025/04 or 2025年4月)",
            description = "All or nothing, like the device import.")
    public ImportResult importMonthly(byte[] csv) throws BusinessException {
        return registry.importMonthlyCsv(csv);
    }

    @POST
    @Path("/poll")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Poll the counters now, in the background (202)",
            description = "day (default today) is the day the readings are booked on; department limits the round to one 課. "
                    + "Only addresses in 127.0.0.0/8 are polled unless production allows more. 409 while a round is running.")
    public Response poll(@QueryParam("day") String day, @QueryParam("department") String department) throws BusinessException {
        LocalDate on = day == null || day.isBlank() ? LocalDate.now(clock) : date(day);
        if (on.isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("input.invalid", "未来の日付には読み取れません");
        }
        if (session.roundRunning()) {
            throw BusinessException.conflict("paper.pollRunning");
        }
        polling.pollInBackground(on, department == null || department.isBlank() ? null : department);
        return Response.accepted(Json.createObjectBuilder().add("day", on.toString()).add("accepted", true).build()).build();
    }

    @GET
    @Path("/poll")
    @Operation(summary = "Whether a round is running, and the last round's result")
    public JsonObject lastRound() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("running", session.roundRunning());
        session.lastRound().ifPresent(r -> b.add("last", Json.createObjectBuilder().add("day", r.day().toString())
                .add("devices", r.devices()).add("answered", r.answered()).add("silent", r.silent())
                .add("refused", Json.createArrayBuilder(r.refused())).add("millis", r.millis())));
        return b.build();
    }

    @GET
    @Path("/devices/{id}/readings")
    @Operation(summary = "A device's daily readings (from, to: dates, default the last 31 days)",
            description = "flag: BASELINE, NORMAL, WRAP (the 32-bit counter wrapped), RESET (counter went down: new baseline), "
                    + "REPLACED (another serial number), SILENT (no answer), BRIDGED (pages inferred over silent days). "
                    + "counter, pages and flag are the Printer-MIB total. Where the device has colour, mono or A3 counters "
                    + "configured, counters names their OIDs and each reading has colour, mono and a3: {counter, pages, flag, flagName} "
                    + "of that counter on the day (null when it has no reading that day), booked by the same rules.")
    public JsonObject readings(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws BusinessException {
        LocalDate end = to == null ? LocalDate.now(clock) : date(to);
        LocalDate start = from == null ? end.minusDays(30) : date(from);
        DeviceSummary device = registry.device(id);
        Map<CounterKind, Map<LocalDate, Readings.Reading>> extras = new EnumMap<>(CounterKind.class);
        registry.counterReadings(id, start, end).forEach((kind, rows) -> {
            Map<LocalDate, Readings.Reading> byDay = new HashMap<>();
            rows.forEach(r -> byDay.put(r.day(), r));
            extras.put(kind, byDay);
        });
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Readings.Reading r : registry.readings(id, start, end)) {
            JsonObjectBuilder b = PaperJson.reading(r);
            extras.forEach((kind, byDay) -> {
                Readings.Reading k = byDay.get(r.day());
                if (k == null) {
                    b.addNull(kind.jsonName());
                } else {
                    b.add(kind.jsonName(), PaperJson.reading(k).remove("day"));
                }
            });
            rows.add(b);
        }
        return Json.createObjectBuilder().add("device", device.id()).add("address", device.address())
                .add("counters", Json.createObjectBuilder(new java.util.LinkedHashMap<String, Object>(device.counterOids())))
                .add("readings", rows).build();
    }

    @GET
    @Path("/counter-profiles")
    @Operation(summary = "The makers' colour, mono and A3 counter OIDs shipped, with their sources",
            description = "A counter a profile has no OID for (null) is entered per device: PUT /paper/devices/{id}/counters.")
    public JsonArray counterProfiles() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (CounterProfile p : CounterProfile.KNOWN) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("key", p.key()).add("label", p.label()).add("source", p.source());
            for (CounterKind kind : CounterKind.extras()) {
                p.oid(kind).ifPresentOrElse(oid -> b.add(kind.jsonName() + "Oid", oid), () -> b.addNull(kind.jsonName() + "Oid"));
            }
            a.add(b);
        }
        return a.build();
    }

    @PUT
    @Path("/devices/{id}/counters")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which colour, mono and A3 counters a device is read for (ADMIN)",
            description = "{\"profile\": \"XEROX_XCM\"|null, \"colourOid\", \"monoOid\", \"a3Oid\": \"1.3.6.1.…\"|null, "
                    + "\"contractColourYenPerSheet\": 5.5|null}. An OID given wins over the profile's; all null reads the total only. "
                    + "Each counter starts with a baseline at the next round. Returns the device.")
    public DeviceSummary configureCounters(@PathParam("id") long id, JsonObject body) throws BusinessException {
        if (body == null) {
            throw BusinessException.invalid("input.invalid", "JSON の本文が必要です");
        }
        BigDecimal colourPrice = body.get("contractColourYenPerSheet") instanceof JsonNumber ? decimal(body, "contractColourYenPerSheet") : null;
        try {
            return registry.configureCounters(id, new CounterSetup(text(body, "profile"), text(body, "colourOid"),
                    text(body, "monoOid"), text(body, "a3Oid"), colourPrice));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
    }

    /** Both answers of {@code GET /departments} are one operation in the OpenAPI document, whichever it keeps. */
    private static final String DEPARTMENTS = "Pages, cost, reduction and rank per 課 for a fiscal year (default the current one)";
    private static final String DEPARTMENTS_MORE = "reductionPercent is against the baseline year over the months counted so far; "
            + "rank 1 is the largest reduction. Accept: text/csv gives the same as CSV (UTF-8 with BOM, for Excel).";
    private static final String FISCAL_YEAR = "年度, e.g. 2025 for April 2025 to March 2026";

    @GET
    @Path("/departments")
    @Operation(operationId = "listPaperDepartments", summary = DEPARTMENTS, description = DEPARTMENTS_MORE)
    public JsonValue departments(@Parameter(description = FISCAL_YEAR) @QueryParam("fiscalYear") Integer fiscalYear)
            throws BusinessException {
        return PaperJson.all(figures.overview(year(fiscalYear)).departments()).build();
    }

    @GET
    @Path("/departments")
    @Produces("text/csv")
    @Operation(operationId = "listPaperDepartments", summary = DEPARTMENTS, description = DEPARTMENTS_MORE)
    public Response departmentsCsv(@Parameter(description = FISCAL_YEAR) @QueryParam("fiscalYear") Integer fiscalYear)
            throws BusinessException {
        int fy = year(fiscalYear);
        return Response.ok(export.csv(figures.overview(fy))).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"paper-" + fy + ".csv\"").build();
    }

    @GET
    @Path("/departments.csv")
    @Produces("text/csv")
    @Operation(summary = "The figures of the city, the 部 and the 課 as CSV (UTF-8 with BOM)")
    public Response departmentsCsvFile(@QueryParam("fiscalYear") Integer fiscalYear) throws BusinessException {
        return departmentsCsv(fiscalYear);
    }

    @GET
    @Path("/departments.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The same figures as an Excel workbook")
    public Response departmentsXlsx(@QueryParam("fiscalYear") Integer fiscalYear) throws BusinessException {
        int fy = year(fiscalYear);
        return Response.ok(export.xlsx(figures.overview(fy)))
                .header("Content-Disposition", "attachment; filename=\"paper-" + fy + ".xlsx\"").build();
    }

    @GET
    @Path("/departments/{code}/devices")
    @Operation(summary = "The devices of one 課 with their figures (the drill-down's last level)")
    public JsonValue departmentDevices(@PathParam("code") String code, @QueryParam("fiscalYear") Integer fiscalYear) throws BusinessException {
        return PaperJson.all(figures.devicesOf(code, year(fiscalYear))).build();
    }

    @GET
    @Path("/overview")
    @Operation(summary = "The city, 部 and 課 figures with the cost model's constants, for the dashboard")
    public JsonObject overview(@QueryParam("fiscalYear") Integer fiscalYear) throws BusinessException {
        PaperFigures.Overview o = figures.overview(year(fiscalYear));
        JsonArrayBuilder constants = Json.createArrayBuilder();
        o.constants().forEach(c -> constants.add(PaperJson.constant(c)));
        return Json.createObjectBuilder().add("fiscalYear", o.fiscalYear()).add("baselineFiscalYear", o.baselineFiscalYear())
                .add("monthsCounted", o.monthsCounted()).add("city", PaperJson.figures(o.city()))
                .add("divisions", PaperJson.all(o.divisions())).add("departments", PaperJson.all(o.departments()))
                .add("constants", constants).build();
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "DX indicators per 課 for a fiscal year",
            description = "status: MEASURED, NO_DATA, NOT_MEASURED (the measuring context does not exist yet: 未計測) or ESTIMATE (pages avoided)")
    public JsonObject indicators(@QueryParam("fiscalYear") Integer fiscalYear) throws BusinessException {
        DxIndicators.Report r = indicators.report(year(fiscalYear));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (DxIndicators.DepartmentIndicators d : r.departments()) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            for (DxIndicators.Indicator i : d.indicators()) {
                JsonObjectBuilder v = Json.createObjectBuilder().add("status", i.status()).add("unit", i.unit()).add("estimate", i.estimate());
                if (i.value() == null) {
                    v.addNull("value");
                } else {
                    v.add("value", BigDecimal.valueOf(i.value()));
                }
                values.add(i.key(), v);
            }
            rows.add(Json.createObjectBuilder().add("code", d.code()).add("name", d.name())
                    .add("electronicApprovals", d.electronicApprovals()).add("paperApprovals", d.paperApprovals())
                    .add("indicators", values));
        }
        return Json.createObjectBuilder().add("fiscalYear", r.fiscalYear()).add("departments", rows).build();
    }

    @GET
    @Path("/constants")
    @Operation(summary = "The cost model's constants (unit prices and factors) with their sources")
    public JsonValue constants() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        settings.constants().forEach(c -> a.add(PaperJson.constant(c)));
        return a.build();
    }

    @PUT
    @Path("/constants/{key}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a constant: {\"value\": 1292.9}")
    public Response setConstant(@PathParam("key") String key, JsonObject body) throws BusinessException {
        settings.setConstant(key, decimal(body, "value"));
        return Response.noContent().build();
    }

    @PUT
    @Path("/targets/{department}/{fiscalYear}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A 課's reduction target for a fiscal year: {\"reductionPercent\": 15}")
    public Response setTarget(@PathParam("department") String department, @PathParam("fiscalYear") int fiscalYear, JsonObject body)
            throws BusinessException {
        settings.setTarget(department, year(fiscalYear), decimal(body, "reductionPercent"));
        return Response.noContent().build();
    }

    @PUT
    @Path("/paper-approvals/{department}/{month}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approvals still decided on paper in a month (2025-04), counted by hand: {\"count\": 12}")
    public Response setPaperApprovals(@PathParam("department") String department, @PathParam("month") String month, JsonObject body)
            throws BusinessException {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("input.invalid", "月は 2025-04 の形で指定してください");
        }
        settings.registerPaperApprovals(department, m, decimal(body, "count").intValueExact());
        return Response.noContent().build();
    }

    @GET
    @Path("/report")
    @Produces("application/pdf")
    @Operation(summary = "The monthly report for the DX meeting as PDF (month: 2025-04, default the last month), 令和 dates")
    public Response report(@QueryParam("month") String month) throws BusinessException {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("input.invalid", "月は 2025-04 の形で指定してください");
        }
        return Response.ok(export.monthlyReport(m)).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"paper-report-" + m + ".pdf\"").build();
    }

    private int year(Integer fiscalYear) {
        return fiscalYear == null ? figures.currentFiscalYear() : fiscalYear;
    }

    private static LocalDate date(String text) throws BusinessException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("input.invalid", "日付は 2025-04-01 の形で指定してください（" + text + "）");
        }
    }

    private static String text(JsonObject body, String name) throws BusinessException {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof jakarta.json.JsonString s)) {
            throw BusinessException.invalid("input.invalid", name + " には文字列か null を指定してください");
        }
        return s.getString();
    }

    private static BigDecimal decimal(JsonObject body, String name) throws BusinessException {
        if (body == null || !(body.get(name) instanceof JsonNumber n)) {
            throw BusinessException.invalid("input.invalid", name + " に数値を指定してください");
        }
        try {
            return n.bigDecimalValue();
        } catch (ArithmeticException e) {
            throw BusinessException.invalid("input.invalid", name + " が大きすぎます");
        }
    }
}
