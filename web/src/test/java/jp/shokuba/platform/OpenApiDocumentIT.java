package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shokuba.it.Api;
import jp.shokuba.it.OpenApiDocument;
import jp.shokuba.it.Platform;
import jp.shokuba.it.Redocly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code /openapi} document as a client developer meets it: YAML named {@code application/yaml} (JSON when asked
 * for), and clean under a standard linter's recommended rules, so that a generated client has one method per
 * operation and knows the problem details of every refusal.
 */
@ExtendWith(Platform.class)
class OpenApiDocumentIT {

    @Test
    void passesRedoclysRecommendedRulesWithoutAnError() throws IOException {
        Path saved = OpenApiDocument.saveYaml("openapi.yaml");

        Redocly.Lint lint = Redocly.lint(saved);
        System.out.println("Redocly CLI " + Redocly.VERSION + " on " + saved + ": " + lint.errors() + " errors, "
                + lint.warnings() + " warnings");
        lint.problems("warn").forEach(w -> System.out.println("  warning: " + w));

        assertThat(lint.problems("error")).as("lint errors in " + saved.toAbsolutePath()).isEmpty();
        assertThat(lint.errors()).isZero();
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    @Test
    void isYamlByDefaultAndJsonWhenAskedFor() {
        Api anyone = Api.anonymous();
        for (String accept : List.of("*/*", "application/yaml", "text/plain")) {
            Api.Reply r = anyone.get("/openapi", accept);
            assertThat(r.status()).as(accept).isEqualTo(200);
            assertThat(r.contentType()).as(accept).startsWith("application/yaml");
            assertThat(r.body()).as(accept).startsWith("openapi:");
        }
        for (Api.Reply r : List.of(anyone.get("/openapi?format=json", "*/*"), anyone.get("/openapi", "application/json"))) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.json().getString("openapi")).startsWith("3.");
        }
        assertThat(anyone.get("/openapi?format=yaml", "application/json").contentType()).startsWith("application/yaml");
    }

    @Test
    void namesEveryOperationOnceAndDescribesItsProblems() {
        JsonObject doc = Api.anonymous().get("/openapi?format=json", "*/*").json();

        assertThat(doc).doesNotContainKey("endpoints");
        assertThat(doc.getJsonArray("servers").getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getString("url")).doesNotEndWith("/"));
        JsonObject problem = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet()).contains("type", "title", "status", "detail", "instance");

        List<String> ids = new ArrayList<>();
        List<String> withoutFailure = new ArrayList<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (op.getValueType() != JsonValue.ValueType.OBJECT || !op.asJsonObject().containsKey("responses")) {
                return;
            }
            ids.add(op.asJsonObject().getString("operationId"));
            JsonObject responses = op.asJsonObject().getJsonObject("responses");
            if (responses.keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                withoutFailure.add(method + " " + path);
            }
        }));
        Map<String, Long> counted = ids.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(counted).as("operationIds used more than once")
                .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
        assertThat(withoutFailure).as("operations without a 4xx answer").isEmpty();

        JsonObject booking = doc.getJsonObject("paths").getJsonObject("/api/v1/bookings").getJsonObject("post");
        assertThat(booking.getJsonObject("responses").getJsonObject("409").getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(booking.getJsonObject("responses").getJsonObject("401").getString("$ref"))
                .isEqualTo("#/components/responses/Unauthorized");
    }
}
