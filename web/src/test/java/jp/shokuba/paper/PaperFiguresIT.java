package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures of a 課 of its own fed by the monthly RPA sheet, checked against hand-computed values: pages, the same months
 * last year, the reduction against 令和2年度 and the target, pages per employee, and the cost with the FY2020 unit prices
 * (¥1,292.9 a box of 2,500 sheets, ¥24,666.7 a toner box of 20,000 pages, ¥11.9 a kWh at 0.002 kWh a page, the
 * device's ¥1.00 a sheet). Bad files are refused whole with their lines named.
 */
@ExtendWith(Platform.class)
class PaperFiguresIT {

    private static final Api ADMIN = TestDepartment.ADMIN;


    /** The RPA sheet: ip and months as columns. */
    private static String sheet(String address, long fy2020, long fy2024, long fy2025) {
        StringBuilder head = new StringBuilder("ip");
        StringBuilder row = new StringBuilder(address);
        for (int fy : List.of(2020, 2024, 2025)) {
            long pages = fy == 2020 ? fy2020 : fy == 2024 ? fy2024 : fy2025;
            for (int i = 0; i < 12; i++) {
                java.time.YearMonth m = java.time.YearMonth.of(fy, 4).plusMonths(i);
                head.append(',').append(fy == 2024 ? m.getYear() + "年" + m.getMonthValue() + "月" : m.toString());
                row.append(',').append(pages);
            }
        }
        return head + "\n" + row + "\n";
    }

    private static JsonObject department(String code, int fiscalYear) {
        return ADMIN.get("/api/v1/paper/departments?fiscalYear=" + fiscalYear).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void monthlySheetFiguresAndCostAreTheHandComputedOnes() {
        TestDepartment dept = TestDepartment.create("IT月次");
        String address = "127.0.1." + ThreadLocalRandom.current().nextInt(160, 250) + ":" + ThreadLocalRandom.current().nextInt(20000, 60000);
        assertThat(dept.importDevices("ip,department,maker,snmp_version,contract_yen_per_sheet,counter_unit\n" + address + ","
                + dept.code() + ",XEROX,NONE,1.00,SHEET\n").status()).isEqualTo(200);
        String n = "8" + ThreadLocalRandom.current().nextInt(10000, 99999);
        Api.Reply staff = ADMIN.postBytes("/api/v1/directory/staff-import", "text/csv", ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n"
                + n + "1,it" + n + "1,紙 一郎,カミ イチロウ,it" + n + "1@city-hall.example," + dept.code() + ",係員,\n"
                + n + "2,it" + n + "2,紙 二郎,カミ ジロウ,it" + n + "2@city-hall.example," + dept.code() + ",係員,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);

        Api.Reply monthly = ADMIN.postBytes("/api/v1/paper/monthly-import", "text/csv",
                sheet(address, 1_000, 900, 800).getBytes(Charset.forName("windows-31j")));
        assertThat(monthly.status()).as(monthly.toString()).isEqualTo(200);
        assertThat(monthly.json().getInt("created")).isEqualTo(36);
        assertThat(ADMIN.put("/api/v1/paper/targets/" + dept.code() + "/2025", Json.createObjectBuilder().add("reductionPercent", 15).build())
                .status()).isEqualTo(204);

        JsonObject d = department(dept.code(), 2025);

        assertThat(d.getJsonNumber("pages").longValue()).isEqualTo(9_600);
        assertThat(d.getJsonNumber("lastYearPages").longValue()).isEqualTo(10_800);
        assertThat(d.getJsonNumber("baselinePages").longValue()).isEqualTo(12_000);
        assertThat(d.getJsonNumber("reductionPercent").doubleValue()).isEqualTo(20.0);      // (12,000 − 9,600) / 12,000
        assertThat(d.getJsonNumber("lastYearChangePercent").doubleValue()).isEqualTo(-11.1); // (9,600 − 10,800) / 10,800
        assertThat(d.getBoolean("targetMet")).isTrue();
        assertThat(d.getInt("staff")).isEqualTo(2);
        assertThat(d.getJsonNumber("pagesPerEmployee").doubleValue()).isEqualTo(4_800.0);
        assertThat(d.getInt("rank")).isPositive();
        JsonObject cost = d.getJsonObject("cost");
        assertThat(cost.getJsonNumber("paperYen").bigDecimalValue()).isEqualByComparingTo("4964.74");       // 9,600 / 2,500 × 1,292.9
        assertThat(cost.getJsonNumber("tonerYen").bigDecimalValue()).isEqualByComparingTo("11840.02");      // 9,600 / 20,000 × 24,666.7
        assertThat(cost.getJsonNumber("electricityYen").bigDecimalValue()).isEqualByComparingTo("228.48");  // 9,600 × 0.002 × 11.9
        assertThat(cost.getJsonNumber("contractYen").bigDecimalValue()).isEqualByComparingTo("9600.00");
        assertThat(cost.getJsonNumber("totalYen").bigDecimalValue()).isEqualByComparingTo("26633.24");
        assertThat(d.getJsonArray("months").getJsonNumber(11).longValue()).isEqualTo(800);
    }

    @Test
    void theRankingRunsFromTheLargestReductionAndEveryRankIsGivenOnce() {
        List<JsonObject> ranked = ADMIN.get("/api/v1/paper/departments?fiscalYear=2025").array().getValuesAs(JsonObject.class)
                .stream().filter(d -> !d.isNull("rank")).toList();

        assertThat(ranked).isNotEmpty();
        assertThat(ranked).extracting(d -> d.getInt("rank")).doesNotHaveDuplicates().isSorted();
        assertThat(ranked).extracting(d -> d.getJsonNumber("reductionPercent").doubleValue())
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void aBadSurveySheetImportsNothingAndNamesEveryBadLine() {
        TestDepartment dept = TestDepartment.create("IT不正");
        int before = ADMIN.get("/api/v1/paper/devices").array().size();
        String csv = "# 調査票\nip,url,memo,department,maker\n"
                + "127.0.1.241,,," + dept.name() + ",XEROX\n"
                + "127.0.1.999,,," + dept.name() + ",XEROX\n"
                + "127.0.1.242,,,ない課,XEROX\n"
                + "127.0.1.241,,," + dept.name() + ",リコー\n";

        Api.Reply reply = dept.importDevices(csv);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("line")).containsExactly(4, 5, 6);
        assertThat(errors.get(0).getString("message")).contains("127.0.1.999");
        assertThat(errors.get(1).getString("message")).contains("ない課");
        assertThat(errors.get(2).getString("message")).contains("3 行目と重複");
        assertThat(ADMIN.get("/api/v1/paper/devices").array().size()).isEqualTo(before);
    }

    @Test
    void refusalsAreProblemsNotErrors() {
        assertThat(Api.as("tanaka").postBytes("/api/v1/paper/devices-import", "text/csv", "ip\n".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(403);
        assertThat(ADMIN.post("/api/v1/paper/poll?day=2999-01-01", "").status()).isEqualTo(400);
        assertThat(ADMIN.post("/api/v1/paper/poll?day=yesterday", "").status()).isEqualTo(400);
        assertThat(ADMIN.get("/api/v1/paper/departments?fiscalYear=1900").status()).isEqualTo(400);
        assertThat(ADMIN.get("/api/v1/paper/devices/999999/readings").status()).isEqualTo(404);
        assertThat(ADMIN.postBytes("/api/v1/paper/monthly-import", "text/csv", "ip,2025-04\n203.0.113.9,12\n".getBytes(StandardCharsets.UTF_8))
                .json().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(2);
        assertThat(ADMIN.put("/api/v1/paper/constants/paper_yen_per_box", Json.createObjectBuilder().add("value", -1).build()).status())
                .isEqualTo(400);
        assertThat(Api.as("tanaka").put("/api/v1/paper/constants/paper_yen_per_box", Json.createObjectBuilder().add("value", 1).build())
                .status()).isEqualTo(403);
    }

    @Test
    void theDxIndicatorsSayWhatIsNotYetMeasured() {
        JsonObject report = ADMIN.get("/api/v1/paper/indicators?fiscalYear=2025").json();
        JsonObject first = report.getJsonArray("departments").getJsonObject(0).getJsonObject("indicators");

        assertThat(first.getJsonObject("paperlessMeetingRate").getString("status")).isEqualTo("NOT_MEASURED");
        assertThat(first.getJsonObject("scannedPages").getString("status")).isEqualTo("NOT_MEASURED");
        assertThat(first.getJsonObject("pagesAvoidedByEApproval").getBoolean("estimate")).isTrue();
        assertThat(first.getJsonObject("electronicApprovalRate").getString("status")).isIn("MEASURED", "NO_DATA");
    }

    @Test
    void theMonthlyReportIsAJapanesePdfWithReiwaDatesAndTheCsvExportOpensInExcel() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Platform.url("/api/v1/paper/report?month=2025-06"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tanaka:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("紙の削減状況 月次報告（令和7年6月）").contains("作成日 令和").contains("企画調整課")
                    .contains("PPC用紙 1箱の単価: 1292.9 円/箱");
        }
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Platform.url("/api/v1/paper/departments?fiscalYear=2025"))
                .header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tanaka:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF区分,コード,名称").contains("\r\nCITY,,市全体,");
    }
}
