package jp.shokuba.meetings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Points as stored and sent: the JSON text {@code [[x,y],…]}, two decimals (a hundredth of a PDF point). */
public final class Points {

    private Points() {
    }

    public static String encode(List<float[]> points) {
        StringBuilder s = new StringBuilder(points.size() * 16).append('[');
        for (int i = 0; i < points.size(); i++) {
            float[] p = points.get(i);
            s.append(i == 0 ? "[" : ",[").append(number(p[0])).append(',').append(number(p[1])).append(']');
        }
        return s.append(']').toString();
    }

    public static List<float[]> decode(String json) {
        List<float[]> points = new ArrayList<>();
        String body = json.replace(" ", "");
        int i = body.indexOf('[') + 1;
        while (true) {
            int open = body.indexOf('[', i);
            if (open < 0) {
                return points;
            }
            int close = body.indexOf(']', open);
            String[] xy = body.substring(open + 1, close).split(",");
            points.add(new float[] {Float.parseFloat(xy[0]), Float.parseFloat(xy[1])});
            i = close + 1;
        }
    }

    private static String number(float v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }
}
