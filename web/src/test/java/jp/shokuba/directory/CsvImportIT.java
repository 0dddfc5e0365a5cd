package jp.shokuba.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.ImportPage;
import jp.shokuba.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The HR system's CSV files: a file with one bad line imports nothing and names the line; a
 * Shift_JIS file imports with its names intact. Each test uses employee numbers of its own.
 */
@ExtendWith({Platform.class, Browser.class})
class CsvImportIT {

    private static final String STAFF_HEADER = "職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final String prefix = "9" + ThreadLocalRandom.current().nextInt(10000, 99999);

    private String person(int n, String name, String kana, String unit, String position) {
        return prefix + n + ",it" + prefix + n + "," + name + "," + kana + ",it" + prefix + n + "@city-hall.example,"
                + unit + "," + position + ",\n";
    }

    private Api.Reply importStaff(byte[] csv) {
        return Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv", csv);
    }

    private int staffCount(String text) {
        return Api.as("admin").get("/api/v1/staff?q=" + text).array().size();
    }

    @Test
    void oneBadLineImportsNothingAndNamesTheLine() {
        String csv = STAFF_HEADER
                + person(1, "石川 一郎", "イシカワ イチロウ", "02101", "係員")
                + person(2, "加賀 二郎", "カガ ジロウ", "02101", "係長")
                + person(3, "能登 三子", "ノト ミツコ", "99999", "主事")
                + person(4, "白山 四郎", "ハクサン シロウ", "02102", "主任");

        Api.Reply reply = importStaff(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("line")).containsOnly(4);
        assertThat(errors).extracting(e -> e.getString("message")).anyMatch(m -> m.contains("所属コード「99999」"));
        assertThat(staffCount("it" + prefix)).as("nothing of the file was imported").isZero();
    }

    @Test
    void aShiftJisFileImportsWithItsNamesIntact() {
        String csv = STAFF_HEADER
                + person(1, "髙橋 ①子", "タカハシ イチコ", "03101", "主任").replace("①", "")
                + person(2, "渡邊 祐介", "ワタナベ ユウスケ", "03102", "係員");

        Api.Reply reply = importStaff(csv.getBytes(SHIFT_JIS));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(2);
        assertThat(reply.json().getString("charset")).isEqualTo("windows-31j");
        JsonObject watanabe = Api.as("admin").get("/api/v1/staff/it" + prefix + "2").json();
        assertThat(watanabe.getString("name")).isEqualTo("渡邊 祐介");
        assertThat(watanabe.getString("nameKana")).isEqualTo("ワタナベ ユウスケ");
        assertThat(watanabe.getString("department")).isEqualTo("市民課");
        assertThat(watanabe.getString("team")).isEqualTo("証明係");
        assertThat(Api.as("admin").get("/api/v1/staff/it" + prefix + "1").json().getString("name")).isEqualTo("髙橋 子");
    }

    @Test
    void importingAgainRecordsAPersonnelChange() {
        importStaff((STAFF_HEADER + person(1, "金沢 花", "カナザワ ハナ", "02101", "係員")).getBytes(StandardCharsets.UTF_8));

        Api.Reply again = importStaff((STAFF_HEADER + person(1, "金沢 花", "カナザワ ハナ", "0220", "課長"))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(again.json().getInt("updated")).isEqualTo(1);
        JsonObject moved = Api.as("admin").get("/api/v1/staff/it" + prefix + "1").json();
        assertThat(moved.getString("department")).isEqualTo("広報広聴課");
        assertThat(moved.getString("position")).isEqualTo("課長");
    }

    @Test
    void theOrganisationFileRefusesAUnitUnderTheWrongLevel() {
        String csv = "組織コード,組織名,組織区分,上位組織コード\n"
                + "X" + prefix + ",テスト課,課,020\n"
                + "Y" + prefix + ",テスト係,係,020\n";

        Api.Reply reply = Api.as("admin").postBytes("/api/v1/directory/organisation-import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(3);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("係は部の下に置けません");
    }

    @Test
    void theImportPageListsTheBadLine(WebDriver browser) throws IOException {
        Path csv = Files.createTempFile("staff-", ".csv");
        Files.writeString(csv, STAFF_HEADER
                + person(1, "石川 一郎", "イシカワ イチロウ", "02101", "係員")
                + person(2, "加賀二郎", "カガ ジロウ", "02101", "係員"), SHIFT_JIS);

        ImportPage page = LoginPage.open(browser).signIn("admin", "demo").openImport().importStaff(csv);

        assertThat(page.errors()).hasSize(1);
        assertThat(page.errors().get(0).get(0)).isEqualTo("3");
        assertThat(page.errors().get(0).get(1)).contains("姓と名の間に空白が必要です");
        assertThat(page.messages()).contains("1 行に誤りがあるため、1 件も取り込んでいません");
        assertThat(staffCount("it" + prefix)).isZero();
    }

    /** A line with five problems lists all five, in Japanese, and the file counts as one bad line. */
    @Test
    void everyProblemOfALineIsListedInJapanese() {
        String csv = STAFF_HEADER
                + person(1, "石川 一郎", "イシカワ イチロウ", "02101", "係員")
                + prefix + "2,Bad Login!,,カガジロウ,not-an-address,99999,主事,SUPERUSER\n";

        Api.Reply reply = importStaff(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("line")).containsOnly(3);
        assertThat(errors).extracting(e -> e.getString("message")).hasSize(6)
                .anyMatch(m -> m.startsWith("ログインID"))
                .anyMatch(m -> m.startsWith("氏名が空です"))
                .anyMatch(m -> m.startsWith("メールアドレス"))
                .anyMatch(m -> m.contains("所属コード「99999」"))
                .anyMatch(m -> m.contains("職名「主事」"))
                .anyMatch(m -> m.contains("役割「SUPERUSER」"))
                .noneMatch(m -> m.matches(".*[a-z]{4,} [a-z]{4,}.*"));
        assertThat(reply.json().getString("detail")).contains("1 行");
        assertThat(staffCount("it" + prefix)).isZero();
    }
}
