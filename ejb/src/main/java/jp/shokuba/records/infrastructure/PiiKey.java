package jp.shokuba.records.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
        key = configured.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseGet(this::fromFile);
    }

    private synchronized byte[] fromFile() {
        Path path = Path.of(keyFile);
        try {
            if (Files.isRegularFile(path)) {
                return Base64.getDecoder().decode(Files.readString(path).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), "pii", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the folder's own protection applies
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            Files.move(tmp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the My Number key " + path.toAbsolutePath(), e);
        }
    }

    public String hash(String digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
