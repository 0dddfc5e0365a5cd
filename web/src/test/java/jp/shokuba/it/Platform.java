package jp.shokuba.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real web archive on one Payara Micro, started at the first test class that asks for it and
 * stopped when the whole test run ends. Demo mode is on, so the README's demo accounts exist.
 */
public class Platform implements BeforeAllCallback {

    private static volatile Instance running;

    public static URI url() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(Platform.class)");
        }
        return running.base;
    }

    public static URI url(String path) {
        return url().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (running == null) {
            synchronized (Platform.class) {
                if (running == null) {
                    running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                            .getOrComputeIfAbsent(Instance.class, k -> Instance.start(connectionTracer(), Map.of(),
                                    "it-payara.log"), Instance.class);
                }
            }
        }
    }

    /**
     * Another Payara Micro with the real archive and extra settings (environment variables), for a
     * test of another configuration; the caller closes it.
     */
    public static Instance startSeparately(Map<String, String> environment, String logName) {
        return Instance.start(List.of(), environment, logName);
    }

    /**
     * Where the shared platform's network system calls are written, from its start to the end of the run: the
     * file named by {@code shokuba.it.connect-trace}, when {@code strace} is installed.
     */
    public static Optional<Path> connectionTrace() {
        String file = System.getProperty("shokuba.it.connect-trace", "");
        return file.isBlank() || !straceInstalled() ? Optional.empty() : Optional.of(Path.of(file).toAbsolutePath());
    }

    /**
     * {@code strace} following every thread, stopping only at the calls that open or address a network peer
     * (seccomp filtering keeps the rest at full speed), with DNS packets printed far enough to read the names asked.
     */
    private static List<String> connectionTracer() {
        return connectionTrace().map(file -> List.of("strace", "-f", "--seccomp-bpf", "-qq", "-s", "128",
                "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-e", "signal=none", "-o", file.toString())).orElse(List.of());
    }

    private static boolean straceInstalled() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "strace")));
    }

    /** A Payara Micro process with the web archive; the shared one is closed by JUnit at the end of the run. */
    public static final class Instance implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Process process;
        private final URI base;

        private Instance(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        public URI url(String path) {
            return base.resolve(path.startsWith("/") ? path.substring(1) : path);
        }

        static Instance start(List<String> tracer, Map<String, String> environment, String logName) {
            try {
                int port = freePort();
                Path log = Path.of("target", logName);
                Files.createDirectories(log.getParent());
                List<String> command = new ArrayList<>(tracer);
                command.addAll(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g", "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=UTF-8",
                        "-jar", System.getProperty("payara.microJar"),
                        // no Hazelcast at all (--nocluster would start it anyway, without clustering), no phone-home
                        "--nohazelcast", "--disablephonehome", "--port", Integer.toString(port),
                        "--deploy", System.getProperty("shokuba.war"), "--contextroot", "/"));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                URI base = URI.create("http://127.0.0.1:" + port + "/");
                awaitHealth(process, base, log);
                return new Instance(process, base);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Payara Micro", e);
            }
        }

        private static void awaitHealth(Process process, URI base, Path log) {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive() || deploymentFailed(log)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the web archive did not start; see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("health")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            process.destroyForcibly();
            throw new IllegalStateException("Payara Micro not healthy within 8 minutes; see " + log.toAbsolutePath());
        }

        private static boolean deploymentFailed(Path log) {
            try {
                return Files.readString(log).contains("Exception while loading the app");
            } catch (IOException e) {
                return false;
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws InterruptedException {
            // Payara first: a tracer that is stopped detaches and leaves its tracee running
            List<ProcessHandle> payara = process.descendants().toList();
            payara.forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                payara.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
