package jp.shokuba.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what went wrong, in words for a person and a stable {@code type}
 * for a program. Extra members carry what the client can act on, such as the free desks nearby.
 */
public record Problem(String type, String title, int status, String detail, Map<String, JsonValue> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://shokuba.example/problems/";
    /** Looked up once for every JSON built by hand: {@code Json.create…} searches the class path on every call. */
    public static final JsonProvider JSON = JsonProvider.provider();

    public static Problem of(int status, String typeKey, String title, String detail) {
        return new Problem(TYPE_BASE + typeKey, title, status, detail, new LinkedHashMap<>());
    }

    public Problem with(String member, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, more);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        extensions.forEach(json::add);
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(toJson().toString())
                .build();
    }

    /** For code outside JAX-RS (the authentication mechanism, servlet filters). */
    public void writeTo(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write(toJson().toString());
        out.flush();
    }
}
