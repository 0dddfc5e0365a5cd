package jp.shokuba.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Payara Micro running the Shokuba web archive, as a child process whose log goes to a file. */
final class PayaraProcess {

    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PayaraProcess start(Path micro, Path war, int port, Map<String, String> environment, Path log)
            throws IOException {
        Path logging = log.resolveSibling("logging.properties");
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling("previous-" + log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (InputStream json = PayaraProcess.class.getResourceAsStream("logging.properties")) {
            Files.copy(json, logging, StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(command(micro, war, port, logging)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new PayaraProcess(builder.start(), port, log);
    }

    /**
     * The command line: no Hazelcast at all ({@code --nocluster} would still start it, looking for members on the
     * machine's address and probing cloud metadata addresses) and no phone-home, so nothing calls out of the
     * city's closed network. A gigabyte of heap, as the tests' platform has: the first /openapi request makes Payara
     * list every type of the archive (Tika's libraries included) before it filters, and with the first start's
     * OCR running alongside, 512 MB ran out.
     */
    static List<String> command(Path micro, Path war, int port, Path logging) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g", "-XX:MaxMetaspaceSize=384m", "-XX:+UseSerialGC", "-Xss512k",
                "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=UTF-8",
                "-jar", micro.toString(),
                "--nohazelcast", "--disablephonehome", "--port", Integer.toString(port),
                "--logproperties", logging.toString(),
                "--deploy", war.toString(), "--contextroot", "/");
    }

    /**
     * Waits until {@code /health} answers 200, printing a dot a second; false if the process died, the
     * deployment failed (Payara then keeps running without the application) or time ran out.
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !deploymentFailed()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            System.out.print(".");
            System.out.flush();
            Thread.sleep(1000);
        }
        return false;
    }

    private boolean deploymentFailed() {
        try {
            return Files.exists(log) && Files.readString(log).contains(DEPLOYMENT_FAILED);
        } catch (IOException e) {
            return false;
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM, so that Payara shuts the application down cleanly; then waits. */
    void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
