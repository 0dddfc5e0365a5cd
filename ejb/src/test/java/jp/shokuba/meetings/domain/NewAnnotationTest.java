package jp.shokuba.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A note that could not be drawn or exported is refused with its reason. */
class NewAnnotationTest {

    private static final List<float[]> LINE = List.of(new float[] {10, 20}, new float[] {30.5f, 40.25f});

    @Test
    void aPenStrokeIsKeptWithItsColourInLowerCase() {
        NewAnnotation n = new NewAnnotation(1, Layer.SHARED, AnnotationKind.INK, LINE, "#D03030", 2.5f, null);
        assertThat(n.color()).isEqualTo("#d03030");
        assertThat(Points.encode(n.points())).isEqualTo("[[10,20],[30.50,40.25]]");
        assertThat(Points.decode(Points.encode(n.points()))).hasSize(2).last().satisfies(p -> assertThat(p[1]).isEqualTo(40.25f));
    }

    @Test
    void onlyTheCitysThreeStampsAreStamps() {
        assertThat(new NewAnnotation(1, Layer.PRIVATE, AnnotationKind.STAMP, LINE, "#ff0000", 1, "要検討").text()).isEqualTo("要検討");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.PRIVATE, AnnotationKind.STAMP, LINE, "#ff0000", 1, "承認"))
                .hasMessageContaining("確認");
    }

    @Test
    void brokenNotesAreRefused() {
        assertThatThrownBy(() -> new NewAnnotation(0, Layer.SHARED, AnnotationKind.INK, LINE, "#000000", 1, null))
                .hasMessageContaining("page");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.SHARED, AnnotationKind.INK, List.of(), "#000000", 1, null))
                .hasMessageContaining("points");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.SHARED, AnnotationKind.INK, List.of(new float[] {Float.NaN, 1}),
                "#000000", 1, null)).hasMessageContaining("points");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.SHARED, AnnotationKind.INK, LINE, "red", 1, null))
                .hasMessageContaining("color");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.SHARED, AnnotationKind.INK, LINE, "#000000", 0, null))
                .hasMessageContaining("width");
        assertThatThrownBy(() -> new NewAnnotation(1, Layer.SHARED, AnnotationKind.TEXT, LINE, "#000000", 1, " "))
                .hasMessageContaining("text");
    }
}
