package jp.shokuba.records.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.records.application.IntakeStatus;

/** Intake status as JSON; the members ({@code state, reason, recordId, duplicateOf}) are always present. */
final class IntakeJson {

    private IntakeJson() {
    }

    static JsonObject of(IntakeStatus s) {
        JsonObjectBuilder b = Problem.JSON.createObjectBuilder()
                .add("intakeId", s.intakeId())
                .add("state", s.state().name());
        nullable(b, "reason", s.reason());
        nullable(b, "recordId", s.recordId());
        nullable(b, "duplicateOf", s.duplicateOf());
        b.add("fileName", s.fileName()).add("source", s.source());
        nullable(b, "step", s.step());
        b.add("pagesDone", s.pagesDone());
        nullable(b, "pagesTotal", s.pagesTotal() == null ? null : s.pagesTotal().longValue());
        b.add("receivedAt", s.receivedAt().toString()).add("updatedAt", s.updatedAt().toString());
        return b.build();
    }

    private static void nullable(JsonObjectBuilder b, String name, Object v) {
        if (v == null) {
            b.add(name, JsonValue.NULL);
        } else if (v instanceof Long l) {
            b.add(name, l);
        } else {
            b.add(name, v.toString());
        }
    }
}
