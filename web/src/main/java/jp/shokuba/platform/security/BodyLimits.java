package jp.shokuba.platform.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request body may be, endpoint by endpoint: how many bytes at most, and which content types a
 * state-changing call may send. {@link BodyLimitFilter} applies it before anything reads the body.
 *
 * <p>Every {@code /api/} call not named in {@link #ENDPOINTS} is a JSON call: at most {@value #JSON_BYTES}
 * bytes of {@code application/json} (or {@code application/*+json}), or no body at all. The content types a
 * foreign web page's form can send ({@code application/x-www-form-urlencoded}, {@code text/plain} and
 * {@code multipart/form-data}) are refused on state-changing calls, except that an endpoint registered as
 * an {@link Kind#UPLOAD} takes multipart. Pages (JSF) take form posts up to {@value #PAGE_FORM_BYTES}
 * bytes and multipart uploads up to {@value #PAGE_MULTIPART_BYTES}.
 *
 * <p>To register an endpoint, add one line to {@link #ENDPOINTS}: the method, the path under the context
 * root with {@code {}} for one path segment (an id), its kind and its cap, for example
 * {@code endpoint("POST", "/api/v1/records", Kind.UPLOAD, 20 * MB)}.
 */
public final class BodyLimits {

    public static final long MB = 1024 * 1024;
    public static final long JSON_BYTES = MB;
    public static final long PAGE_FORM_BYTES = 2 * MB;
    public static final long PAGE_MULTIPART_BYTES = 25 * MB;

    /** What an endpoint takes. */
    public enum Kind {
        /** {@code application/json} or {@code application/*+json}. */
        JSON,
        /** A CSV file sent as it is: {@code text/csv} or {@code application/octet-stream}. */
        CSV,
        /** An image sent as it is ({@code image/*}); the endpoint names which images. */
        IMAGE,
        /** A file: sent as it is in its own type, or as {@code multipart/form-data}. */
        UPLOAD
    }

    /** One endpoint's cap. */
    public record Endpoint(String method, Pattern path, Kind kind, long maxBytes) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            endpoint("POST", "/api/v1/approvals/{}/attachments", Kind.UPLOAD, 20 * MB),
            endpoint("PUT", "/api/v1/seating/admin/floors/{}/plan", Kind.IMAGE, 5 * MB),
            endpoint("POST", "/api/v1/seating/admin/floors/{}/desks-import", Kind.CSV, 10 * MB),
            endpoint("POST", "/api/v1/directory/staff-import", Kind.CSV, 10 * MB),
            endpoint("POST", "/api/v1/directory/organisation-import", Kind.CSV, 10 * MB),
            endpoint("POST", "/api/v1/records", Kind.UPLOAD, 50 * MB),
            endpoint("POST", "/api/v1/meetings/{}/materials", Kind.UPLOAD, 50 * MB),
            endpoint("PUT", "/api/v1/meetings/{}/materials/{}", Kind.UPLOAD, 50 * MB),
            endpoint("POST", "/api/v1/paper/devices-import", Kind.CSV, 10 * MB),
            endpoint("POST", "/api/v1/paper/monthly-import", Kind.CSV, 10 * MB));

    private static final Endpoint JSON_DEFAULT = new Endpoint("*", Pattern.compile("/api/.*"), Kind.JSON, JSON_BYTES);

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "text/plain",
            "multipart/form-data");

    private BodyLimits() {
    }

    /** An endpoint of the table; {@code {}} in the path stands for one path segment. */
    public static Endpoint endpoint(String method, String path, Kind kind, long maxBytes) {
        String regex = Pattern.quote(path).replace("{}", "\\E[^/]+\\Q");
        return new Endpoint(method, Pattern.compile(regex), kind, maxBytes);
    }

    /** The API endpoint a call addresses (the JSON default for any not in the table). */
    static Endpoint ofApi(String method, String path) {
        return ENDPOINTS.stream().filter(e -> e.method().equals(method) && e.path().matcher(path).matches())
                .findFirst().orElse(JSON_DEFAULT);
    }

    /**
     * Why this endpoint refuses a body of this content type, if it does; {@code type} is the media type
     * without parameters, in lower case, or empty when the request names none; {@code hasBody} whether the
     * request declares a body (a body of unknown length without a type is left to the endpoint to refuse).
     */
    static Optional<String> refusal(Endpoint endpoint, String type, boolean hasBody) {
        if (type.isEmpty()) {
            return hasBody ? Optional.of("Content-Type がありません。") : Optional.empty();
        }
        boolean accepted = switch (endpoint.kind()) {
            case JSON -> type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
            case CSV -> type.equals("text/csv") || type.equals("application/octet-stream");
            case IMAGE -> type.startsWith("image/");
            case UPLOAD -> type.equals("multipart/form-data") || !FORM_TYPES.contains(type);
        };
        return accepted ? Optional.empty() : Optional.of("この API は Content-Type " + type + " を受け付けません。");
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
