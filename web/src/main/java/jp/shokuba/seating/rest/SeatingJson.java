package jp.shokuba.seating.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;
import jp.shokuba.platform.BusinessException;

/** Reading request bodies: missing or mistyped members are the client's 400, never a 500. */
final class SeatingJson {

    private SeatingJson() {
    }

    static String text(JsonObject json, String name) throws BusinessException {
        JsonValue v = body(json).get(name);
        if (!(v instanceof JsonString s)) {
            throw BusinessException.invalid("input.invalid", name + " を文字列で指定してください");
        }
        return s.getString();
    }

    static String text(JsonObject json, String name, String fallback) {
        JsonValue v = json == null ? null : json.get(name);
        return v instanceof JsonString s ? s.getString() : fallback;
    }

    static long number(JsonObject json, String name) throws BusinessException {
        JsonValue v = body(json).get(name);
        if (!(v instanceof JsonNumber n)) {
            throw BusinessException.invalid("input.invalid", name + " を数値で指定してください");
        }
        return n.longValueExact();
    }

    static boolean flag(JsonObject json, String name) {
        return json != null && json.getBoolean(name, false);
    }

    static LocalDate date(JsonObject json, String name) throws BusinessException {
        return date(text(json, name), name);
    }

    static LocalDate date(String text, String name) throws BusinessException {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw BusinessException.invalid("input.invalid", name + " は YYYY-MM-DD で指定してください: " + text);
        }
    }

    static LocalTime time(JsonObject json, String name) throws BusinessException {
        String t = text(json, name);
        try {
            return LocalTime.parse(t);
        } catch (DateTimeException e) {
            throw BusinessException.invalid("input.invalid", name + " は HH:mm で指定してください: " + t);
        }
    }

    static jp.shokuba.seating.domain.Slot slot(String text) throws BusinessException {
        try {
            return jp.shokuba.seating.domain.Slot.parse(text);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
    }

    static Set<String> texts(JsonObject json, String name) {
        Set<String> values = new TreeSet<>();
        if (json != null && json.get(name) instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }

    private static JsonObject body(JsonObject json) throws BusinessException {
        if (json == null) {
            throw BusinessException.invalid("input.invalid", "JSON の本文がありません");
        }
        return json;
    }
}
