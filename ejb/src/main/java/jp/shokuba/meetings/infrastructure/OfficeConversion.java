package jp.shokuba.meetings.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Office files (Word, Excel, PowerPoint, OpenDocument) turned into PDF by LibreOffice headless, when the machine
 * has it ({@code soffice} on the PATH or {@code SHOKUBA_SOFFICE}); otherwise {@link #available()} is false and the
 * upload is refused with a clear message.
 */
public final class OfficeConversion {

    private static final List<String> OFFICE = List.of(".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
            ".ods", ".odp", ".rtf");

    private OfficeConversion() {
    }

    public static boolean isOffice(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return OFFICE.stream().anyMatch(n::endsWith);
    }

    public static Optional<Path> available() {
        String configured = System.getenv("SHOKUBA_SOFFICE");
        Stream<Path> candidates = configured != null ? Stream.of(Path.of(configured))
                : Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(d -> Path.of(d, "soffice"));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    /** Converts in a private folder with its own LibreOffice profile, so that two conversions never share one. */
    public static byte[] toPdf(Path soffice, String fileName, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("shokuba-office");
        try {
            String safe = fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            Path in = Files.write(dir.resolve(safe), bytes);
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice の変換が 120 秒で終わりませんでした");
            }
            Path pdf = dir.resolve(safe.replaceFirst("\\.[^.]+$", "") + ".pdf");
            if (p.exitValue() != 0 || !Files.exists(pdf)) {
                throw new IOException("LibreOffice が PDF に変換できませんでした");
            }
            return Files.readAllBytes(pdf);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
