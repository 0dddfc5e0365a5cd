package jp.shokuba.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;

/**
 * Reads every JSON request body once before it is bound, and refuses with a 400 problem, in words and
 * without the parser's internals, what binding would turn into a 500 or a runaway computation: a body that is
 * not JSON, an empty body or {@code null}, an array where an object is expected (or the reverse), nesting deeper
 * than {@value #MAX_DEPTH}, a control character in any string (tab, line feed and carriage return aside) or an
 * unpaired surrogate, and a number beyond {@value #MAX_NUMBER_CHARS} characters or with an exponent (no field
 * of the API is written that way; {@code 1e400} or {@code 1e100000000} would be). The body's size is already
 * capped by {@code BodyLimitFilter}.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_CHARS = 40;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"))
                || context.getType() == byte[].class || context.getType() == String.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body, context.getType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static void check(byte[] body, Class<?> target) {
        if (body.length == 0) {
            throw refused("リクエストの本文がありません（JSON を送ってください）。");
        }
        try (JsonParser parser = Problem.JSON.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first) {
                    first = false;
                    checkTop(event, target);
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw refused("JSON の入れ子が深すぎます。");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING -> checkText(parser.getString());
                    case VALUE_NUMBER -> checkNumber(parser.getString());
                    default -> {
                    }
                }
            }
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException notJson) {
            throw refused("リクエストの本文を JSON として読めません。");
        }
    }

    private static void checkTop(JsonParser.Event event, Class<?> target) {
        boolean wantsArray = target.isArray() || Collection.class.isAssignableFrom(target);
        boolean wantsAnything = JsonValue.class.isAssignableFrom(target) && !jakarta.json.JsonObject.class.equals(target)
                && !jakarta.json.JsonArray.class.equals(target);
        if (event == JsonParser.Event.VALUE_NULL) {
            throw refused("リクエストの本文が null です。");
        }
        if (wantsAnything) {
            return;
        }
        if (wantsArray || jakarta.json.JsonArray.class.equals(target)) {
            if (event != JsonParser.Event.START_ARRAY) {
                throw refused("リクエストの本文は JSON の配列でなければなりません。");
            }
        } else if (event != JsonParser.Event.START_OBJECT) {
            throw refused("リクエストの本文は JSON のオブジェクトでなければなりません。");
        }
    }

    private static void checkText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                throw refused("文字列に制御文字（U+" + String.format("%04X", (int) c) + "）が含まれています。");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw refused("文字列に不正な文字（対になっていないサロゲート）が含まれています。");
            }
        }
    }

    private static void checkNumber(String number) {
        if (number.length() > MAX_NUMBER_CHARS || number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
            throw refused("数値 " + (number.length() > 20 ? number.substring(0, 20) + "…" : number)
                    + " は受け付けられません（指数表記や桁数の多すぎる数値は使えません）。");
        }
    }

    private static WebApplicationException refused(String detail) {
        return new WebApplicationException(Problem.of(400, "bad-json", "Bad Request", detail).toResponse());
    }
}
