package jp.shokuba.meetings.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A note as someone writes it, before it is numbered: points in the PDF user-space coordinates of its page (pages
 * counted from 1). The constructor refuses a note that could not be drawn or exported, with the reason.
 */
public record NewAnnotation(int page, Layer layer, AnnotationKind kind, List<float[]> points, String color, float width,
                            String text) {

    public static final Set<String> STAMPS = Set.of("確認", "要検討", "✓");
    public static final int MAX_POINTS = 5000;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public NewAnnotation {
        Objects.requireNonNull(layer, "layer は PRIVATE か SHARED です");
        Objects.requireNonNull(kind, "type は INK, HIGHLIGHT, TEXT, STAMP のいずれかです");
        if (page < 1) {
            throw new IllegalArgumentException("page は 1 以上です");
        }
        if (points == null || points.isEmpty() || points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("points は 1〜" + MAX_POINTS + " 個の [x, y] です");
        }
        for (float[] p : points) {
            if (p == null || p.length != 2 || !Float.isFinite(p[0]) || !Float.isFinite(p[1])
                    || Math.abs(p[0]) > 20000 || Math.abs(p[1]) > 20000) {
                throw new IllegalArgumentException("points の各要素は有限な [x, y] です");
            }
        }
        if (kind == AnnotationKind.HIGHLIGHT && points.size() < 2) {
            throw new IllegalArgumentException("HIGHLIGHT には 2 点以上が必要です");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("color は #rrggbb です");
        }
        if (!(width > 0 && width <= 50)) {
            throw new IllegalArgumentException("width は 0 より大きく 50 以下です");
        }
        if (text != null && text.length() > 2000) {
            throw new IllegalArgumentException("text は 2000 文字までです");
        }
        if (kind == AnnotationKind.TEXT && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("TEXT には text が必要です");
        }
        if (kind == AnnotationKind.STAMP && !STAMPS.contains(text)) {
            throw new IllegalArgumentException("STAMP の text は 確認, 要検討, ✓ のいずれかです");
        }
        points = List.copyOf(points);
        color = color.toLowerCase(java.util.Locale.ROOT);
    }

    /** The same note on another page (a revision moved its page). */
    public NewAnnotation onPage(int newPage) {
        return new NewAnnotation(newPage, layer, kind, points, color, width, text);
    }
}
