package jp.shokuba.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import jp.shokuba.records.domain.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staging folder files pass through on their way into the database: each is written under a temporary name,
 * hashed as it is written and renamed atomically, so that a half-copied file never looks complete. The staged
 * copy is deleted once the record is committed (or found to be a duplicate); leftovers of a crash are deleted
 * at startup, since their source (the upload, the scanner's file) was not yet let go.
 */
@ApplicationScoped
public class IntakeStorage {

    /** Files larger than this are refused before they are stored. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "shokuba.records.intake-dir", defaultValue = "var/records-intake")
    String folder;

    public record Staged(Path file, Sha256 sha256, long size) {
    }

    public Staged stage(InputStream in) throws IOException {
        Path dir = Path.of(folder);
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "in-", ".partial");
        MessageDigest digest = Sha256.digest();
        long size = 0;
        try (DigestInputStream din = new DigestInputStream(in, digest);
             OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = din.read(buffer)) > 0) {
                size += n;
                if (size > MAX_BYTES) {
                    throw new IntakeRefusal("ファイルが大きすぎます（上限 " + (MAX_BYTES / 1024 / 1024) + " MB）。");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Sha256 sha = Sha256.of(digest);
        Path staged = dir.resolve(sha.hex() + "-" + System.nanoTime() + ".staged");
        Files.move(partial, staged, StandardCopyOption.ATOMIC_MOVE);
        return new Staged(staged, sha, size);
    }

    public void release(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what a crash left behind. */
    public void clearLeftovers() throws IOException {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (p.toString().endsWith(".partial") || p.toString().endsWith(".staged")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
