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
 * pages of each device as computed by hand. The days are in June 2025 (令和7年度) and the devices in a 課 of their own.
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
