package jp.shokuba.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The running platform's {@code /openapi} document, saved under {@code target/openapi} for the tools that read it. */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The YAML as any client gets it, in {@code target/openapi/<name>}. */
    public static Path saveYaml(String name) throws IOException {
        Api.Reply yaml = Api.anonymous().get("/openapi", "*/*");
        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(200);
        Path saved = Path.of("target", "openapi", name);
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, yaml.body(), StandardCharsets.UTF_8);
        return saved;
    }
}
