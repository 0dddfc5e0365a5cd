package jp.shokuba.approval.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.shokuba.approval.domain.Approval;

/**
 * An amount in whole yen as the drafter types it ("1,200,000", "¥1200000", full-width digits). What does not
 * fit the column (negative, fractions, more than 15 digits) is refused with a message at the field, never
 * clamped or stripped of its sign: the saved amount is always the amount typed.
 */
@FacesConverter("yenAmount")
public class YenAmountConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s,¥円]", "").replace('−', '-');
        if (!NUMBER.matcher(plain).matches()) {
            throw refused(context, "approval.amount.notNumber");
        }
        BigDecimal amount = new BigDecimal(plain);
        if (amount.signum() < 0) {
            throw refused(context, "approval.amount.negative");
        }
        if (!Approval.isYenAmount(amount)) {
            throw refused(context, amount.stripTrailingZeros().scale() > 0 ? "approval.amount.fraction" : "approval.amount.tooLarge");
        }
        return amount.setScale(0);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    private static ConverterException refused(FacesContext context, String key) {
        String text = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
