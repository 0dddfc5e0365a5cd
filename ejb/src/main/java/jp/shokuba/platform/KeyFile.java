package jp.shokuba.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret key kept in a file outside the database (Base64), made on first use with 32 random bytes and
 * readable by its owner only (0600), so that a copy of the database alone does not hold it.
 */
public final class KeyFile {

    private KeyFile() {
    }

    /** The key in the file, or a new one written there atomically if the file does not exist yet. */
    public static synchronized byte[] readOrCreate(Path path, String what) {
        try {
            if (Files.isRegularFile(path)) {
                return Base64.getDecoder().decode(Files.readString(path).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), "key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the folder's own protection applies
            }
            Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the " + what + " " + path.toAbsolutePath(), e);
        }
    }

    /**
     * The key given in the configuration (Base64), else the one in the file (made there on first use): the
     * one rule every key of the platform that lives outside the database follows.
     */
    public static byte[] configuredOrFile(Optional<String> configuredBase64, Path path, String what) {
        return configuredBase64.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseGet(() -> readOrCreate(path, what));
    }

    /** HMAC-SHA256 of the text (UTF-8) under the key, in lower-case hex. */
    public static String hmacSha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
