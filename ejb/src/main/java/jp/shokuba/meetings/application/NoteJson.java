package jp.shokuba.meetings.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import jp.shokuba.meetings.domain.Annotation;

/** A note as JSON, the same over REST and the WebSocket (type names as the API names them). */
public final class NoteJson {

    public static final JsonProvider JSON = JsonProvider.provider();

    private NoteJson() {
    }

    public static JsonObjectBuilder of(Annotation a) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", a.id()).add("seq", a.seq())
                .add("materialId", a.materialId()).add("version", a.version());
        if (a.page() == null) {
            b.addNull("page");
        } else {
            b.add("page", a.page());
        }
        b.add("layer", a.layer().name()).add("type", a.kind().name()).add("author", a.author())
                .add("points", JSON.createReader(new StringReader(a.points())).readArray())
                .add("color", a.color()).add("width", a.width()).add("orphaned", a.orphaned())
                .add("createdAt", a.createdAt().toString());
        if (a.text() != null) {
            b.add("text", a.text());
        }
        return b;
    }

    /** The live message for a note just made: {@code {"t":"annotation", …the note…}}. */
    public static JsonObject made(Annotation a) {
        return of(a).add("t", "annotation").build();
    }

    public static JsonObject erased(long seq, long id) {
        return JSON.createObjectBuilder().add("t", "erased").add("seq", seq).add("id", id).build();
    }
}
