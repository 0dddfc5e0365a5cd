package jp.shokuba.paper.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Turns pages into yen, CO₂ and trees with the city's unit prices (the FY2020 savings divided by the quantities
 * saved) and conversion factors. A device's own contract price per sheet wins over the default one.
 */
public record CostModel(Map<String, BigDecimal> constants) {

    public record Cost(long pages, BigDecimal paperYen, BigDecimal tonerYen, BigDecimal electricityYen,
                       BigDecimal contractYen, BigDecimal co2Kg, BigDecimal trees) {
        public BigDecimal totalYen() {
            return paperYen.add(tonerYen).add(electricityYen).add(contractYen);
        }

        public Cost plus(Cost o) {
            return new Cost(pages + o.pages, paperYen.add(o.paperYen), tonerYen.add(o.tonerYen),
                    electricityYen.add(o.electricityYen), contractYen.add(o.contractYen), co2Kg.add(o.co2Kg), trees.add(o.trees));
        }

        public static Cost none() {
            return new Cost(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    public CostModel {
        constants = Map.copyOf(constants);
    }

    public BigDecimal get(String key) {
        BigDecimal v = constants.get(key);
        if (v == null) {
            throw new IllegalStateException("cost model constant missing: " + key);
        }
        return v;
    }

    public int baselineFiscalYear() {
        return get("baseline_fiscal_year").intValue();
    }

    /**
     * @param colourPages the colour pages among {@code pages}, or null when the split is not known
     * @param colourYenPerSheet the device's price per colour sheet, or null (or 0) when colour costs the same
     */
    public Cost of(long pages, Long colourPages, BigDecimal contractYenPerSheet, BigDecimal colourYenPerSheet) {
        Cost flat = of(pages, contractYenPerSheet);
        if (colourPages == null || colourYenPerSheet == null || colourYenPerSheet.signum() == 0) {
            return flat;
        }
        long colour = Math.max(0, Math.min(colourPages, pages));
        BigDecimal contract = BigDecimal.valueOf(pages - colour).multiply(contractPrice(contractYenPerSheet))
                .add(BigDecimal.valueOf(colour).multiply(colourYenPerSheet)).setScale(2, RoundingMode.HALF_UP);
        return new Cost(pages, flat.paperYen(), flat.tonerYen(), flat.electricityYen(), contract, flat.co2Kg(), flat.trees());
    }

    /** @param contractYenPerSheet the device's price per sheet, or null for the default */
    public Cost of(long pages, BigDecimal contractYenPerSheet) {
        BigDecimal p = BigDecimal.valueOf(pages);
        BigDecimal paper = p.multiply(get("paper_yen_per_box")).divide(get("sheets_per_box"), 2, RoundingMode.HALF_UP);
        BigDecimal toner = p.multiply(get("toner_yen_per_box")).divide(get("toner_pages_per_box"), 2, RoundingMode.HALF_UP);
        BigDecimal electricity = p.multiply(get("kwh_per_page")).multiply(get("electricity_yen_per_kwh")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal contract = p.multiply(contractPrice(contractYenPerSheet)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal co2 = p.multiply(get("co2_kg_per_sheet")).setScale(3, RoundingMode.HALF_UP);
        BigDecimal trees = p.divide(get("sheets_per_tree"), 3, RoundingMode.HALF_UP);
        return new Cost(pages, paper, toner, electricity, contract, co2, trees);
    }

    private BigDecimal contractPrice(BigDecimal contractYenPerSheet) {
        return contractYenPerSheet == null || contractYenPerSheet.signum() == 0 ? get("contract_yen_per_sheet") : contractYenPerSheet;
    }
}
