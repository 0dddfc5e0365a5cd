package jp.shokuba.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of an API answer's words: English when the caller's {@code Accept-Language} names it, else Japanese. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> "en".equals(l.getLanguage())).findFirst()
                .map(l -> Locale.ENGLISH).orElse(Locale.JAPANESE);
    }
}
