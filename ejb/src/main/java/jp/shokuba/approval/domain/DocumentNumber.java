package jp.shokuba.approval.domain;

import java.util.Objects;

/**
 * A document number (文書番号) such as 金企第123号: the city's prefix, the department's abbreviation and
 * the serial within the department's fiscal year. Given only at the final approval.
 */
public record DocumentNumber(String cityPrefix, String departmentAbbreviation, int serial) {

    public DocumentNumber {
        Objects.requireNonNull(cityPrefix);
        Objects.requireNonNull(departmentAbbreviation);
        if (serial < 1) {
            throw new IllegalArgumentException("serial starts at 1: " + serial);
        }
    }

    @Override
    public String toString() {
        return cityPrefix + departmentAbbreviation + "第" + serial + "号";
    }
}
