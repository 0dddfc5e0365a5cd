package jp.shokuba.platform;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A request the rules refuse: an unknown object, a conflict with what exists, input that breaks a
 * rule, or an action the caller may not take. Checked, because every caller must decide what the
 * person sees; it rolls the transaction back so that a refusal never leaves half-written rows.
 * The message is a key of {@code jp/shokuba/platform/messages}, shown in the reader's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends Exception {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN }

    private static final String BUNDLE = "jp.shokuba.platform.messages";
    /** Japanese lives in the base bundle; never fall back to the server's own locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Kind kind;
    private final String key;
    private final transient Object[] arguments;

    public BusinessException(Kind kind, String key, Object... arguments) {
        super(key);
        this.kind = Objects.requireNonNull(kind);
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments.clone();
    }

    public static BusinessException notFound(String key, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, key, arguments);
    }

    public static BusinessException conflict(String key, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, key, arguments);
    }

    public static BusinessException invalid(String key, Object... arguments) {
        return new BusinessException(Kind.INVALID, key, arguments);
    }

    public static BusinessException forbidden(String key, Object... arguments) {
        return new BusinessException(Kind.FORBIDDEN, key, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, BusinessException.class.getClassLoader(),
                    NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException notTranslated) {
            return key;
        }
    }

    @Override
    public String getMessage() {
        return message(Locale.JAPANESE);
    }
}
