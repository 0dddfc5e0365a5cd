package jp.shokuba.records.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import jp.shokuba.platform.KeyFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the My Number hash (HMAC-SHA256), kept outside the database so that a copy of the database
 * alone cannot be turned back into numbers by trying all 10^11 of them. It comes from
 * {@code shokuba.records.pii-key} (environment {@code SHOKUBA_RECORDS_PII_KEY}, Base64); without it a key is
 * made once and kept in {@code shokuba.records.pii-key-file} (by default {@code var/records-pii.key}), readable
 * by the owner only.
 */
@ApplicationScoped
public class PiiKey {

    @Inject
    @ConfigProperty(name = "shokuba.records.pii-key")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "shokuba.records.pii-key-file", defaultValue = "var/records-pii.key")
    String keyFile;

    private byte[] key;

    @PostConstruct
    void load() {
        key = KeyFile.configuredOrFile(configured, Path.of(keyFile), "My Number key");
    }

    public String hash(String digits) {
        return KeyFile.hmacSha256(key, digits);
    }
}
