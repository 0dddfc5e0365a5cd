package jp.shokuba.platform.rest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shokuba.approval.rest.ApprovalResource;
import jp.shokuba.seating.application.BookingSummary;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the generated {@code /openapi} document so that a standard linter passes it and a generated client
 * knows the failures: the RFC 9457 {@code Problem} schema, and on every operation the 4xx answers that apply to it
 * (400 when it takes input, 401 and 403 for every call, since all need a signed-in person and many a role or a
 * membership, 404 when it names a thing in its path) and the 500 of a fault of ours, all as problem details. An
 * answer a resource already documents keeps its description and gains the problem body.
 */
public class OpenApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    /**
     * Answer records of the application services that operations name by {@code @Schema(ref = …)}; those of the web
     * archive's own classes Payara describes itself.
     */
    private static final List<Class<? extends Record>> ANSWERS = List.of(BookingSummary.class, ApprovalResource.Created.class);
    private static final String RESPONSES = "#/components/responses/";

    /** The shared answers, by status: component name and description. */
    private static final Map<String, String[]> STANDARD = new TreeMap<>(Map.of(
            "400", new String[] {"BadRequest", "A missing, malformed or out-of-range field or parameter"},
            "401", new String[] {"Unauthorized", "Not signed in: no or wrong credentials"},
            "403", new String[] {"Forbidden", "Signed in, but the caller may not do this (a role or a membership is missing)"},
            "404", new String[] {"NotFound", "Nothing with that id, or nothing the caller may see"},
            "500", new String[] {"ServerError", "A fault of the platform's: the problem names the incident to report"}));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        withoutTrailingSlash(api);
        withoutEndpointsList(api);
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        STANDARD.forEach((status, named) -> api.getComponents().addResponse(named[0], problem(named[1])));
        RecordSchemas records = new RecordSchemas(api.getComponents());
        ANSWERS.forEach(records::describe);
        withoutRepeatedTags(api);
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> clean(schema, new IdentityHashMap<>()));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                documentFailures(operation, item);
                describeBodies(operation, item);
            }
        }
    }

    /**
     * Files are files: a body of another type than JSON (a PDF, a CSV, an image, a multipart form) is described as
     * bytes, where Payara describes the Java {@code byte[]} or {@code Response} behind it.
     */
    private static void describeBodies(Operation operation, PathItem item) {
        List<Content> bodies = new ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            bodies.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getRef() == null)
                    .map(APIResponse::getContent).filter(c -> c != null).forEach(bodies::add);
        }
        parameters(operation, item).stream().map(Parameter::getSchema).filter(p -> p != null)
                .forEach(p -> clean(p, new IdentityHashMap<>()));
        for (Content content : bodies) {
            if (content.getMediaTypes() == null) {
                continue;
            }
            content.getMediaTypes().forEach((type, media) -> {
                if (!type.contains("json")) {
                    media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                            .format(type.startsWith("text/") ? null : "binary"));
                } else if (media.getSchema() != null) {
                    clean(media.getSchema(), new IdentityHashMap<>());
                }
            });
        }
    }

    /**
     * Payara writes every attribute of a {@code @Schema} annotation, defaults too, and {@code maxProperties: 0}
     * says "no members at all"; an array it cannot see into has no {@code items}, which OpenAPI requires.
     */
    private static void clean(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        dropDefault(schema.getMaxProperties(), 0, schema::setMaxProperties);
        dropDefault(schema.getMinProperties(), 0, schema::setMinProperties);
        dropDefault(schema.getMinLength(), 0, schema::setMinLength);
        dropDefault(schema.getExclusiveMaximum(), false, schema::setExclusiveMaximum);
        dropDefault(schema.getExclusiveMinimum(), false, schema::setExclusiveMinimum);
        dropDefault(schema.getUniqueItems(), false, schema::setUniqueItems);
        dropDefault(schema.getNullable(), false, schema::setNullable);
        dropDefault(schema.getReadOnly(), false, schema::setReadOnly);
        dropDefault(schema.getWriteOnly(), false, schema::setWriteOnly);
        dropDefault(schema.getDeprecated(), false, schema::setDeprecated);
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> clean(p, seen));
        }
        clean(schema.getItems(), seen);
        clean(schema.getAdditionalPropertiesSchema(), seen);
    }

    private static <T> void dropDefault(T value, T payaraDefault, java.util.function.Consumer<T> setter) {
        if (payaraDefault.equals(value)) {
            setter.accept(null);
        }
    }

    private static void withoutRepeatedTags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> once = new LinkedHashMap<>();
        api.getTags().forEach(tag -> once.merge(tag.getName(), tag, (first, again) -> first.getDescription() == null ? again : first));
        api.setTags(new ArrayList<>(once.values()));
    }

    private static void documentFailures(Operation operation, PathItem item) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        responses.getAPIResponses().forEach((status, response) -> {
            if (isFailure(status) && response.getRef() == null && isEmpty(response.getContent())) {
                response.setContent(problemContent());
            }
        });
        List<Parameter> parameters = parameters(operation, item);
        boolean takesInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.PATH);
        boolean namesAThing = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (takesInput) {
            add(responses, "400");
        }
        add(responses, "401");
        add(responses, "403");
        if (namesAThing) {
            add(responses, "404");
        }
        add(responses, "500");
    }

    private static List<Parameter> parameters(Operation operation, PathItem item) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + STANDARD.get(status)[0]));
        }
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static boolean isFailure(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
    }

    /** RFC 9457, section 3; extension members (such as {@code nearestFreeDesks}) may follow. */
    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. Members beyond these carry what the client can act on, "
                        + "such as the free desks nearby when a desk was just taken.")
                .addProperty("type", text("A URI naming the kind of problem; stable, for programs").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", text("What went wrong this time, in the caller's language"))
                .addProperty("instance", text("A URI reference naming this occurrence").format("uri-reference"))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    /** Payara names the server {@code http://host:port/}; the paths begin with a slash already. */
    private static void withoutTrailingSlash(OpenAPI api) {
        if (api.getServers() == null) {
            return;
        }
        for (Server server : api.getServers()) {
            String url = server.getUrl();
            if (url != null && url.endsWith("/")) {
                server.setUrl(url.replaceAll("/+$", ""));
            }
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} list of its own, which is not part of OpenAPI (a linter refuses the
     * document). It has no switch; its model class empties it through a public setter, and an empty one is not written.
     */
    private static void withoutEndpointsList(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException notPayaras) {
            // another implementation: it has no such list
        }
    }
}
