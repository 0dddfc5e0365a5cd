package jp.shokuba.paper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cost of pages with the city's FY2020 unit prices (shared/data/cost-model-fy2020.csv) and the migration's factors. */
class CostModelTest {

    static final CostModel FY2020 = new CostModel(Map.ofEntries(
            Map.entry("paper_yen_per_box", new BigDecimal("1292.9")), Map.entry("sheets_per_box", new BigDecimal("2500")),
            Map.entry("toner_yen_per_box", new BigDecimal("24666.7")), Map.entry("toner_pages_per_box", new BigDecimal("20000")),
            Map.entry("electricity_yen_per_kwh", new BigDecimal("11.9")), Map.entry("kwh_per_page", new BigDecimal("0.002")),
            Map.entry("contract_yen_per_sheet", new BigDecimal("0.78")), Map.entry("co2_kg_per_sheet", new BigDecimal("0.004")),
            Map.entry("sheets_per_tree", new BigDecimal("8000")), Map.entry("baseline_fiscal_year", new BigDecimal("2020"))));

    @Test
    void tenThousandPagesOnTheDefaultContract() {
        CostModel.Cost c = FY2020.of(10_000, null);
        // paper 10,000/2,500 boxes × ¥1,292.9 = ¥5,171.60; toner 10,000/20,000 × ¥24,666.7 = ¥12,333.35;
        // electricity 10,000 × 0.002 kWh × ¥11.9 = ¥238.00; counter charge 10,000 × ¥0.78 = ¥7,800.00
        assertThat(c.paperYen()).isEqualByComparingTo("5171.60");
        assertThat(c.tonerYen()).isEqualByComparingTo("12333.35");
        assertThat(c.electricityYen()).isEqualByComparingTo("238.00");
        assertThat(c.contractYen()).isEqualByComparingTo("7800.00");
        assertThat(c.totalYen()).isEqualByComparingTo("25542.95");
        assertThat(c.co2Kg()).isEqualByComparingTo("40.000");
        assertThat(c.trees()).isEqualByComparingTo("1.250");
    }

    @Test
    void aDevicesOwnContractPriceWins() {
        assertThat(FY2020.of(1_000, new BigDecimal("2.5")).contractYen()).isEqualByComparingTo("2500.00");
    }

    @Test
    void colourPagesAtTheColourPriceAndTheRestAtTheMonochromeOne() {
        CostModel.Cost c = FY2020.of(1_000, 300L, new BigDecimal("0.78"), new BigDecimal("5.5"));
        // 700 × ¥0.78 = ¥546.00 and 300 × ¥5.50 = ¥1,650.00; paper, toner and electricity as for any 1,000 pages
        assertThat(c.contractYen()).isEqualByComparingTo("2196.00");
        assertThat(c.paperYen()).isEqualByComparingTo(FY2020.of(1_000, null).paperYen());
    }

    @Test
    void withoutTheSplitOrAColourPriceEveryPageCostsTheSame() {
        assertThat(FY2020.of(1_000, null, null, new BigDecimal("5.5")).contractYen()).isEqualByComparingTo("780.00");
        assertThat(FY2020.of(1_000, 300L, null, null).contractYen()).isEqualByComparingTo("780.00");
    }

    @Test
    void moreColourPagesThanPagesAreCappedAtThePages() {
        // a colour counter read across a reset of the total can exceed it for a while
        assertThat(FY2020.of(100, 150L, null, new BigDecimal("5")).contractYen()).isEqualByComparingTo("500.00");
    }
}
