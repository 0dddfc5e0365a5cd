package jp.shokuba.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final List<ClassificationRule> RULES = List.of(
            new ClassificationRule(10, "請求書", false, null, "請求書", null, 5),
            new ClassificationRule(80, "拝啓|謹啓", true, null, "書簡", null, 3),
            new ClassificationRule(5, "", false, "mfp-shimin", "届出", "市民課", 5));

    @Test
    void anInvoiceGetsItsTypeAmountReiwaDateAndTheCompanyOnItsOwnLine() {
        Classification c = Classifier.classify("請求書\n令和6年9月12日\n金沢市長様\n株式会社ほくりく印刷\n"
                + "請求金額 ¥1,282,380 (税込)\n合計 1,282,380円", RULES, Optional.empty(), null);
        assertThat(c.documentType()).isEqualTo("請求書");
        assertThat(c.title()).isEqualTo("請求書");
        assertThat(c.amount()).isEqualTo(1_282_380L);
        assertThat(c.documentDate()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(c.counterparty()).isEqualTo("株式会社ほくりく印刷");
        assertThat(c.fiscalYear(LocalDate.of(2025, 1, 1))).isEqualTo(2024);
        assertThat(c.retentionYears()).isEqualTo(5);
    }

    @Test
    void aDateOfBirthIsNotTheDocumentsDate() {
        assertThat(Classifier.date("生年月日 平成2年4月1日\n令和7年2月3日")).contains(LocalDate.of(2025, 2, 3));
    }

    @Test
    void theScannerRuleGivesTheDepartment() {
        Classification c = Classifier.classify("転入届", RULES, Optional.of("mfp-shimin"), "総務課");
        assertThat(c.department()).isEqualTo("市民課");
        assertThat(c.documentType()).isEqualTo("届出");
    }
}
