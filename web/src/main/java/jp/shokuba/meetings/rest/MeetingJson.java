package jp.shokuba.meetings.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.meetings.domain.AnnotationKind;
import jp.shokuba.meetings.domain.Layer;
import jp.shokuba.meetings.domain.NewAnnotation;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;

/** Reads the meetings API's request bodies; every shape error is a 400 that names the field, never a 500. */
public final class MeetingJson {

    private MeetingJson() {
    }

    static BusinessException bad(String what) {
        return BusinessException.invalid("meetings.invalid", what);
    }

    static String text(JsonObject o, String name, boolean required) throws BusinessException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw bad(name + " が必要です");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw bad(name + " は文字列です");
        }
        return s.getString();
    }

    /** An ISO date-time with an offset, or without one in the city's time (Asia/Tokyo). */
    static Instant instant(JsonObject o, String name) throws BusinessException {
        String t = text(o, name, true);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(CityTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw bad(name + " は ISO 8601 の日時です（例 2026-12-07T10:00+09:00）");
            }
        }
    }

    static Long optionalNumber(JsonObject o, String name) throws BusinessException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw bad(name + " は整数です");
        }
        return n.longValue();
    }

    static double number(JsonObject o, String name) throws BusinessException {
        if (!(o.get(name) instanceof JsonNumber n)) {
            throw bad(name + " は数値です");
        }
        return n.doubleValue();
    }

    static List<String> logins(JsonObject o, String name, boolean required) throws BusinessException {
        return strings(o, name, required, "ログイン ID");
    }

    static List<String> unitCodes(JsonObject o, String name) throws BusinessException {
        return strings(o, name, false, "組織コード");
    }

    private static List<String> strings(JsonObject o, String name, boolean required, String what)
            throws BusinessException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw bad(name + " が必要です（" + what + "の配列）");
            }
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw bad(name + " は" + what + "の配列です");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue x : a) {
            if (!(x instanceof JsonString s)) {
                throw bad(name + " は" + what + "の配列です");
            }
            out.add(s.getString());
        }
        return out;
    }

    static boolean flag(JsonObject o, String name) throws BusinessException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw bad(name + " は true か false です");
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    static List<String> agenda(JsonObject o) throws BusinessException {
        JsonValue v = o.get("agenda");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw bad("agenda は [{\"title\"}] の配列です");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue x : a) {
            if (!(x instanceof JsonObject item)) {
                throw bad("agenda は [{\"title\"}] の配列です");
            }
            out.add(text(item, "title", true));
        }
        return out;
    }

    /** A note as POSTed or sent over the WebSocket. */
    public static NewAnnotation annotation(JsonObject o) throws BusinessException {
        try {
            double page = number(o, "page");
            if (page != Math.rint(page)) {
                throw bad("page は整数です");
            }
            Layer layer = Layer.valueOf(text(o, "layer", true));
            AnnotationKind kind = AnnotationKind.valueOf(text(o, "type", true));
            if (!(o.get("points") instanceof JsonArray pts)) {
                throw bad("points は [[x, y], …] です");
            }
            List<float[]> points = new ArrayList<>(pts.size());
            for (JsonValue p : pts) {
                if (!(p instanceof JsonArray xy) || xy.size() != 2 || !(xy.get(0) instanceof JsonNumber x)
                        || !(xy.get(1) instanceof JsonNumber y)) {
                    throw bad("points は [[x, y], …] です");
                }
                points.add(new float[] {(float) x.doubleValue(), (float) y.doubleValue()});
            }
            return new NewAnnotation((int) page, layer, kind, points, text(o, "color", true),
                    (float) number(o, "width"), text(o, "text", false));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(e.getMessage() == null || e.getMessage().startsWith("No enum")
                    ? "layer は PRIVATE|SHARED、type は INK|HIGHLIGHT|TEXT|STAMP です" : e.getMessage());
        }
    }
}
