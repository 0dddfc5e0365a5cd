package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.paper.infrastructure.SimulatedPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counters read by the real server over SNMP from agents started here on loopback, with scripted counters: a normal
 * day, silent days bridged, a reset, a wrap at 2^32, a replaced device (new serial number), SNMPv3; then the month's
 * pages of each device as computed by hand; colour, mono and A3 counters beside the total, booked by the same rules
 * and priced apart. The days are in June and September 2025 (令和7年度) and the devices in a 課 of their own.
 */
@ExtendWith(Platform.class)
class PaperCountersIT {

    private static final LocalDate D1 = LocalDate.of(2025, 6, 2);

    private static List<String> flags(long id, String from, String to) {
        return TestDepartment.ADMIN.get("/api/v1/paper/devices/" + id + "/readings?from=" + from + "&to=" + to).json()
                .getJsonArray("readings").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("day").substring(8) + ":" + r.getString("flag") + ":" + r.getJsonNumber("pages").longValue()).toList();
    }

    @Test
    void resetWrapSilenceAndAReplacedDeviceGiveTheHandComputedPages() throws Exception {
        TestDepartment dept = TestDepartment.create("IT計数");
        try (SimulatedPrinter a = SimulatedPrinter.v2c("127.0.1.150", 0, "public", 10_000, "A-1");
             SimulatedPrinter b = SimulatedPrinter.v2c("127.0.1.151", 0, "public", 4_294_967_000L, "B-1");
             SimulatedPrinter c = SimulatedPrinter.v2c("127.0.1.152", 0, "public", 50_000, "C-1");
             SimulatedPrinter v3 = SimulatedPrinter.v3("127.0.1.153", 0, "paperit", "authpass-it", "privpass-it", 7_000, "V-1")) {
            Api.Reply imported = dept.importDevices("ip,url,memo,department,maker,model,snmp_version,v3_user,v3_auth_key,v3_priv_key\n"
                    + a.address() + ",,,"  + dept.name() + ",XEROX,ApeosPort C3570,2c,,,\n"
                    + b.address() + ",,," + dept.name() + ",XEROX,ApeosPort C2570,2c,,,\n"
                    + c.address() + ",,," + dept.name() + ",リコー,IM C4500,2c,,,\n"
                    + v3.address() + ",,," + dept.name() + ",リコー,IM C3000,3,paperit,authpass-it,privpass-it\n");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            long ia = dept.deviceId(a.address());
            long ib = dept.deviceId(b.address());
            long ic = dept.deviceId(c.address());
            long iv = dept.deviceId(v3.address());

            JsonObject first = dept.poll(D1);
            assertThat(first.getInt("devices")).isEqualTo(4);
            assertThat(first.getInt("answered")).isEqualTo(4);

            a.setCounter(10_480);
            b.setCounter(4_294_967_200L);
            c.setCounter(50_300);
            v3.setCounter(7_450);
            dept.poll(D1.plusDays(1));

            a.setSilent(true);
            b.setCounter(500);                      // past 2^32: 96 pages to the wrap, then 500
            c.setSerial("C-2");                     // the copier was replaced: its counter starts anew
            c.setCounter(1_200);
            JsonObject silentRound = dept.poll(D1.plusDays(2));
            assertThat(silentRound.getInt("silent")).isEqualTo(1);

            b.setCounter(900);
            c.setCounter(1_500);
            dept.poll(D1.plusDays(3));

            a.setSilent(false);
            a.setCounter(11_380);                   // 900 pages over the two silent days and this one
            dept.poll(D1.plusDays(4));

            a.setCounter(150);                      // reset by maintenance
            dept.poll(D1.plusDays(5));
            a.setCounter(400);
            dept.poll(D1.plusDays(6));

            assertThat(flags(ia, "2025-06-01", "2025-06-30")).containsExactly("02:BASELINE:0", "03:NORMAL:480",
                    "04:BRIDGED:300", "05:BRIDGED:300", "06:BRIDGED:300", "07:RESET:0", "08:NORMAL:250");
            assertThat(flags(ib, "2025-06-01", "2025-06-30")).containsExactly("02:BASELINE:0", "03:NORMAL:200",
                    "04:WRAP:596", "05:NORMAL:400", "06:NORMAL:0", "07:NORMAL:0", "08:NORMAL:0");
            assertThat(flags(ic, "2025-06-01", "2025-06-30")).containsExactly("02:BASELINE:0", "03:NORMAL:300",
                    "04:REPLACED:0", "05:NORMAL:300", "06:NORMAL:0", "07:NORMAL:0", "08:NORMAL:0");
            assertThat(flags(iv, "2025-06-01", "2025-06-03")).containsExactly("02:BASELINE:0", "03:NORMAL:450");

            // June 2025 is month index 2 of 令和7年度 (April = 0)
            List<JsonObject> devices = TestDepartment.ADMIN.get("/api/v1/paper/departments/" + dept.code() + "/devices?fiscalYear=2025")
                    .array().getValuesAs(JsonObject.class);
            assertThat(devices).extracting(d -> d.getJsonArray("months").getJsonNumber(2).longValue())
                    .containsExactlyInAnyOrder(1_630L, 1_196L, 600L, 450L);
            JsonObject department = TestDepartment.ADMIN.get("/api/v1/paper/departments?fiscalYear=2025").array()
                    .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("code").equals(dept.code())).findFirst().orElseThrow();
            assertThat(department.getJsonNumber("pages").longValue()).isEqualTo(1_630 + 1_196 + 600 + 450);
        }
    }

    private static List<String> counterFlags(long id, String counter, String from, String to) {
        return TestDepartment.ADMIN.get("/api/v1/paper/devices/" + id + "/readings?from=" + from + "&to=" + to).json()
                .getJsonArray("readings").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("day").substring(8) + ":" + (r.isNull(counter) ? "none"
                        : r.getJsonObject(counter).getString("flag") + ":" + r.getJsonObject(counter).getJsonNumber("pages").longValue()))
                .toList();
    }

    /**
     * A Xerox profile (colour and black counters) plus an A3 counter entered for the device, and a second device whose
     * mono counter is configured through the API: the colour counter is reset, the mono counter wraps, the device is
     * silent for a day, all in September 2025; the month's split and the cost at the colour price, by hand.
     */
    @Test
    void colourMonoAndA3CountersAreBookedLikeTheTotalAndPricedApart() throws Exception {
        String colour = "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33";
        String mono = "1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34";
        String a3 = "1.3.6.1.4.1.99999.7.3";
        String otherMono = "1.3.6.1.4.1.99999.8.2";
        LocalDate s1 = LocalDate.of(2025, 9, 1);
        TestDepartment dept = TestDepartment.create("IT色別");
        try (SimulatedPrinter x = SimulatedPrinter.v2c("127.0.1.154", 0, "public", 20_000, "X-1");
             SimulatedPrinter y = SimulatedPrinter.v2c("127.0.1.155", 0, "public", 1_000, "Y-1")) {
            x.setCounter(colour, 5_000);
            x.setCounter(mono, 4_294_966_000L);
            x.setCounter(a3, 2_000);
            y.setCounter(otherMono, 500);
            Api.Reply imported = dept.importDevices("ip,url,memo,department,maker,model,contract_yen_per_sheet,counter_profile,a3_oid,"
                    + "contract_colour_yen_per_sheet\n"
                    + x.address() + ",,," + dept.name() + ",XEROX,AltaLink C8130,1.0,XEROX_XCM," + a3 + ",10.0\n"
                    + y.address() + ",,," + dept.name() + ",リコー,IM 2500,,,,\n");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            long ix = dept.deviceId(x.address());
            long iy = dept.deviceId(y.address());
            Api.Reply badOid = TestDepartment.ADMIN.put("/api/v1/paper/devices/" + iy + "/counters",
                    jakarta.json.Json.createObjectBuilder().add("monoOid", "1.3.6.1.4.1.x").build());
            assertThat(badOid.status()).as(badOid.toString()).isEqualTo(400);
            Api.Reply configured = TestDepartment.ADMIN.put("/api/v1/paper/devices/" + iy + "/counters",
                    jakarta.json.Json.createObjectBuilder().add("monoOid", otherMono).build());
            assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
            JsonObject listed = TestDepartment.ADMIN.get("/api/v1/paper/devices").array().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getJsonNumber("id").longValue() == ix).findFirst().orElseThrow();
            assertThat(listed.getString("counterProfile")).isEqualTo("XEROX_XCM");
            assertThat(listed.getJsonObject("counterOids").getString("colour")).isEqualTo(colour);
            assertThat(listed.getJsonObject("counterOids").getString("a3")).isEqualTo(a3);

            dept.poll(s1);
            x.print(600);
            x.setCounter(colour, 5_200);
            x.setCounter(mono, 4_294_966_400L);
            x.setCounter(a3, 2_100);
            y.print(100);
            y.setCounter(otherMono, 600);
            dept.poll(s1.plusDays(1));
            x.setSilent(true);
            dept.poll(s1.plusDays(2));
            x.setSilent(false);
            x.print(600);
            x.setCounter(colour, 100);              // the colour counter was reset by maintenance
            x.setCounter(mono, 4_294_966_800L);
            x.setCounter(a3, 2_300);
            dept.poll(s1.plusDays(3));
            x.print(746);
            x.setCounter(colour, 250);
            x.setCounter(mono, 100);                // past 2^32: 496 to the wrap, then 100
            x.setCounter(a3, 2_350);
            dept.poll(s1.plusDays(4));

            assertThat(flags(ix, "2025-09-01", "2025-09-05")).containsExactly("01:BASELINE:0", "02:NORMAL:600",
                    "03:BRIDGED:300", "04:BRIDGED:300", "05:NORMAL:746");
            assertThat(counterFlags(ix, "colour", "2025-09-01", "2025-09-05")).containsExactly("01:BASELINE:0", "02:NORMAL:200",
                    "03:SILENT:0", "04:RESET:0", "05:NORMAL:150");
            assertThat(counterFlags(ix, "mono", "2025-09-01", "2025-09-05")).containsExactly("01:BASELINE:0", "02:NORMAL:400",
                    "03:BRIDGED:200", "04:BRIDGED:200", "05:WRAP:596");
            assertThat(counterFlags(ix, "a3", "2025-09-01", "2025-09-05")).containsExactly("01:BASELINE:0", "02:NORMAL:100",
                    "03:BRIDGED:100", "04:BRIDGED:100", "05:NORMAL:50");
            JsonObject readings = TestDepartment.ADMIN.get("/api/v1/paper/devices/" + iy + "/readings?from=2025-09-01&to=2025-09-05").json();
            assertThat(readings.getJsonObject("counters").keySet()).containsExactly("mono");
            assertThat(readings.getJsonArray("readings").getJsonObject(1).getJsonObject("mono").getJsonNumber("counter").longValue()).isEqualTo(600);
            assertThat(readings.getJsonArray("readings").getJsonObject(1).containsKey("colour")).isFalse();

            // September 2025 is month index 5 of 令和7年度
            List<JsonObject> devices = TestDepartment.ADMIN.get("/api/v1/paper/departments/" + dept.code() + "/devices?fiscalYear=2025")
                    .array().getValuesAs(JsonObject.class);
            JsonObject fx = devices.stream().filter(d -> d.getString("code").equals(Long.toString(ix))).findFirst().orElseThrow();
            JsonObject fy = devices.stream().filter(d -> d.getString("code").equals(Long.toString(iy))).findFirst().orElseThrow();
            assertThat(fx.getJsonArray("months").getJsonNumber(5).longValue()).isEqualTo(1_946);
            assertThat(fx.getJsonNumber("colourPages").longValue()).isEqualTo(350);
            assertThat(fx.getJsonNumber("monoPages").longValue()).isEqualTo(1_396);
            assertThat(fx.getJsonNumber("a3Pages").longValue()).isEqualTo(350);
            // (1,946 - 350) × ¥1.00 + 350 colour × ¥10.00
            assertThat(fx.getJsonObject("cost").getJsonNumber("contractYen").bigDecimalValue()).isEqualByComparingTo("5096.00");
            assertThat(fy.isNull("colourPages")).isTrue();
            assertThat(fy.getJsonNumber("monoPages").longValue()).isEqualTo(100);
            // no price of its own: the city's default ¥0.78 for every page
            assertThat(fy.getJsonObject("cost").getJsonNumber("contractYen").bigDecimalValue()).isEqualByComparingTo("78.00");
            JsonObject department = TestDepartment.ADMIN.get("/api/v1/paper/departments?fiscalYear=2025").array()
                    .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("code").equals(dept.code())).findFirst().orElseThrow();
            assertThat(department.getJsonNumber("pages").longValue()).isEqualTo(2_046);
            assertThat(department.getJsonNumber("colourPages").longValue()).isEqualTo(350);
            assertThat(department.getJsonNumber("monoPages").longValue()).isEqualTo(1_496);
            assertThat(department.getBoolean("splitPartial")).as("Y has no colour counter").isTrue();
            assertThat(department.getJsonObject("cost").getJsonNumber("contractYen").bigDecimalValue()).isEqualByComparingTo("5174.00");
        }
    }

    @Test
    void anAddressOutsideLoopbackIsRegisteredButNeverPolled() {
        TestDepartment dept = TestDepartment.create("IT遮断");
        Api.Reply imported = dept.importDevices("ip,url,memo,department,maker\n203.0.113.56,,,"
                + dept.name() + ",XEROX\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        JsonObject round = dept.poll(LocalDate.of(2025, 7, 1));

        assertThat(round.getInt("devices")).isZero();
        assertThat(round.getJsonArray("refused").getString(0)).isEqualTo("203.0.113.56");
        assertThat(TestDepartment.ADMIN.get("/api/v1/paper/devices/" + dept.deviceId("203.0.113.56")
                + "/readings?from=2025-07-01&to=2025-07-01").json().getJsonArray("readings")).isEmpty();
    }
}
