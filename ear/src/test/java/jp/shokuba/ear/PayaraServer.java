package jp.shokuba.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One domain of a full Payara Server made for a test run: created in a folder of its own on ports
 * that are free at that moment, and driven with asadmin. {@link #close()} stops the server (killing
 * it when it will not stop), keeps its {@code server.log} and the asadmin output in the work folder
 * and deletes the domain; a shutdown hook does the same when the test JVM is ended first. A domain
 * left behind by a run that was killed outright is stopped and deleted by the next run.
 */
final class PayaraServer implements AutoCloseable {

    private static final String DOMAIN = "shokuba-smoke";
    /** Offsets from the port base of every port a domain opens (see {@code asadmin create-domain --help}). */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
    private static final int ADMIN_OFFSET = 48;
    private static final int HTTP_OFFSET = 80;

    private final Path home;
    private final Path work;
    private final Path domains;
    private final int portBase;
    private final Thread shutdownHook = new Thread(this::stopAndDelete, "stop Payara Server domain");
    private boolean closed;

    private PayaraServer(Path home, Path work, int portBase) {
        this.home = home;
        this.work = work;
        this.domains = work.resolve("domains");
        this.portBase = portBase;
    }

    /** Creates the domain; it is not running yet. */
    static PayaraServer create(Path home, Path work) throws IOException {
        if (!Files.isRegularFile(cli(home))) {
            throw new IllegalStateException("no Payara Server at " + home + " (the build unpacks it in pre-integration-test)");
        }
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("asadmin.log"));
        Path domains = work.resolve("domains");
        if (Files.isDirectory(domains.resolve(DOMAIN))) {
            new PayaraServer(home, work, 0).stopAndDelete();
        }
        int base = freePortBase();
        PayaraServer server = new PayaraServer(home, work, base);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.asadmin(Duration.ofMinutes(3), Map.of(), "create-domain", "--nopassword=true", "--checkports=true",
                    "--portbase", Integer.toString(base), "--domaindir", domains.toString(), DOMAIN);
            server.keepOffline();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Keeps the server from calling out before it first starts: a new domain would report to Payara
     * ("phone home") and its Hazelcast to Hazelcast at once. Both are switched off, and any other
     * HTTP(S) request to a remote host goes to a proxy on a closed loopback port and fails there.
     * Done in {@code domain.xml} because asadmin can change a domain's settings only once it runs.
     */
    private void keepOffline() throws IOException {
        Path file = domains.resolve(DOMAIN).resolve("config").resolve("domain.xml");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String config = "<config name=\"server-config\">";
        int configAt = xml.indexOf(config);
        int javaConfigAt = xml.indexOf("<java-config", configAt);
        if (configAt < 0 || javaConfigAt < 0) {
            throw new IllegalStateException("unexpected domain.xml: no server-config with a java-config in " + file);
        }
        int javaConfigEnd = xml.indexOf('>', javaConfigAt) + 1;
        StringBuilder options = new StringBuilder();
        for (String option : List.of("-Dhazelcast.phone.home.enabled=false",
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9", "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9")) {
            options.append("<jvm-options>").append(option).append("</jvm-options>");
        }
        int configEnd = configAt + config.length();
        xml = xml.substring(0, configEnd)
                + "<phone-home-runtime-configuration enabled=\"false\" phone-home-id=\"" + UUID.randomUUID()
                + "\"></phone-home-runtime-configuration>"
                + xml.substring(configEnd, javaConfigEnd) + options + xml.substring(javaConfigEnd);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    /** Starts the domain; the server process inherits {@code environment} on top of this JVM's. */
    void start(Map<String, String> environment) {
        asadmin(Duration.ofMinutes(4), environment, "start-domain", "--domaindir", domains.toString(), DOMAIN);
    }

    /** Deploys an archive; asadmin returns once the application has started, or fails. */
    void deploy(Path archive, String name) {
        asadmin(Duration.ofMinutes(6), Map.of(), "--port", Integer.toString(portBase + ADMIN_OFFSET),
                "deploy", "--name", name, archive.toString());
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + (portBase + HTTP_OFFSET) + path);
    }

    /** The last lines of the server's log, to explain a failure. */
    String logTail(int lines) {
        Path log = domains.resolve(DOMAIN).resolve("logs").resolve("server.log");
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        stopAndDelete();
    }

    private synchronized void stopAndDelete() {
        if (closed) {
            return;
        }
        closed = true;
        Path domain = domains.resolve(DOMAIN);
        if (!Files.isDirectory(domain)) {
            return;
        }
        try {
            asadmin(Duration.ofMinutes(2), Map.of(), "stop-domain", "--domaindir", domains.toString(), DOMAIN);
        } catch (RuntimeException notStopped) {
            asadmin(Duration.ofMinutes(1), Map.of(), "stop-domain", "--kill=true", "--domaindir", domains.toString(), DOMAIN);
        } finally {
            keepLogAndDelete(domain);
        }
    }

    private void keepLogAndDelete(Path domain) {
        try {
            Path log = domain.resolve("logs").resolve("server.log");
            if (Files.exists(log)) {
                Files.copy(log, work.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> paths = Files.walk(domain)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the domain " + domain, e);
        }
    }

    /**
     * Runs the asadmin client on this JVM's Java. Its output goes to a file, never a pipe:
     * {@code start-domain} leaves a server behind that would hold a pipe open.
     */
    private void asadmin(Duration timeout, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", cli(home).toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Path output = work.resolve("asadmin-last.out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String said = Files.readString(output, StandardCharsets.UTF_8);
            Files.writeString(work.resolve("asadmin.log"), String.join(" ", arguments) + "\n" + said + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments)
                        + (finished ? " failed (exit " + process.exitValue() + ")" : " timed out after " + timeout)
                        + ":\n" + said);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run asadmin " + String.join(" ", arguments), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running asadmin " + arguments[0], e);
        }
    }

    private static Path cli(Path home) {
        return home.resolve("glassfish").resolve("lib").resolve("client").resolve("appserver-cli.jar");
    }

    /**
     * A port base whose every port is free now, between 20000 and 32000: away from the usual 8080,
     * 4848 and 8181 and below Linux's ephemeral range. Another process may take a port before the
     * domain does; create-domain then refuses and the test fails with its message.
     */
    private static int freePortBase() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + random.nextInt(120) * 100;
            boolean allFree = true;
            for (int offset : PORT_OFFSETS) {
                allFree &= isFree(base + offset);
            }
            if (allFree) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base found for Payara Server");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
