package jp.shokuba.approval.domain;

import java.math.BigDecimal;

/**
 * One line of the delegation rules (専決規程): documents of this type (any type when null) up to this amount
 * (any amount when null) are decided finally by the holder of {@code finalPosition}. Lines are read in
 * order and the first that matches applies.
 */
public record RuleLine(String documentType, BigDecimal amountUpTo, String finalPosition) {

    public boolean matches(String type, BigDecimal amount) {
        return (documentType == null || documentType.equals(type))
                && (amountUpTo == null || amount == null || amount.compareTo(amountUpTo) <= 0);
    }
}
