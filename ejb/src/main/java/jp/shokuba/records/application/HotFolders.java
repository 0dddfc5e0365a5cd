package jp.shokuba.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.records.infrastructure.IntakeRefusal;
import jp.shokuba.records.infrastructure.IntakeStorage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scanners' hot folders: every folder under {@code shokuba.records.scanner-root} (default {@code var/scanners})
 * is one scanner's scan-to-folder target, named after the folder. A file is taken once it has stood still for
 * one poll (a scanner still writing changes its size), staged, recorded, and deleted from the folder only after
 * the record is committed: a crash in between leaves the file where it was, to be taken at the next poll.
 * Hidden and partial files ({@code .xxx}, {@code *.part}, {@code *.tmp}) are left alone.
 */
@ApplicationScoped
public class HotFolders {

    private static final Logger LOG = Logger.getLogger(HotFolders.class.getName());

    @Inject
    @ConfigProperty(name = "shokuba.records.scanner-root", defaultValue = "var/scanners")
    String root;

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeService intake;

    private final Map<Path, String> lastSeen = new ConcurrentHashMap<>();

    public synchronized void poll() {
        Path dir = Path.of(root);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var scanners = Files.list(dir)) {
            for (Path scanner : scanners.filter(Files::isDirectory).toList()) {
                if (!scanner.getFileName().toString().startsWith(".")) {
                    pollScanner(scanner);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the scanner folders in " + dir.toAbsolutePath(), e);
        }
    }

    private void pollScanner(Path scanner) throws IOException {
        try (var files = Files.list(scanner)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                String signature = a.size() + "/" + a.lastModifiedTime().toMillis();
                if (!signature.equals(lastSeen.put(f, signature))) {
                    continue;
                }
                take(scanner.getFileName().toString(), f);
                lastSeen.remove(f);
            }
        }
    }

    private void take(String scanner, Path file) {
        IntakeStorage.Staged staged = null;
        try (InputStream in = Files.newInputStream(file)) {
            staged = storage.stage(in);
            intake.receive(staged, file.getFileName().toString(), null, "scanner:" + scanner, scanner, null);
            Files.delete(file);
        } catch (IntakeRefusal refused) {
            moveAside(file, refused.reason());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot take " + file + "; it stays for the next poll", e);
        } finally {
            if (staged != null) {
                storage.release(staged);
            }
        }
    }

    private void moveAside(Path file, String reason) {
        try {
            Path rejected = Files.createDirectories(file.getParent().resolve(".rejected"));
            Files.move(file, rejected.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(rejected.resolve(file.getFileName() + ".txt"), reason);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot move " + file + " aside", e);
        }
    }
}
