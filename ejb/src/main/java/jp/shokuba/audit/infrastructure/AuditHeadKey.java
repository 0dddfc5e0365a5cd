package jp.shokuba.audit.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import jp.shokuba.platform.KeyFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs the published chain heads (HMAC-SHA256), kept in a file outside the database
 * ({@code shokuba.audit.head-key-file}, environment {@code SHOKUBA_AUDIT_HEAD_KEY_FILE}, by default
 * {@code var/audit-head.key}; made on first use, owner-only). Whoever can rewrite the database but not read this
 * file cannot publish a head that verifies.
 */
@ApplicationScoped
public class AuditHeadKey {

    @Inject
    @ConfigProperty(name = "shokuba.audit.head-key-file", defaultValue = "var/audit-head.key")
    String keyFile;

    private byte[] key;

    @PostConstruct
    void load() {
        key = KeyFile.readOrCreate(Path.of(keyFile), "audit head key");
    }

    public String sign(String text) {
        return KeyFile.hmacSha256(key, text);
    }

    public boolean verifies(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
