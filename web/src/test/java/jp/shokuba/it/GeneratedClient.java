package jp.shokuba.it;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Java client generated from an OpenAPI document by openapi-generator (its CLI jar, copied to
 * {@code target/openapi-generator} by the build), compiled and loaded in this JVM: what a client developer of
 * the city would do with {@code /openapi}. Generated and compiled under {@code target/generated-client}.
 */
public final class GeneratedClient {

    public static final String PACKAGE = "jp.shokuba.client";
    private static final Path CLI = Path.of("target", "openapi-generator", "openapi-generator-cli.jar").toAbsolutePath();
    private static final Path HOME = Path.of("target", "generated-client").toAbsolutePath();

    private final ClassLoader loader;

    private GeneratedClient(ClassLoader loader) {
        this.loader = loader;
    }

    /** Generates the client (Java 11 HTTP client, Jackson) from the document, compiles and loads it. */
    public static GeneratedClient from(Path document) throws IOException {
        if (!Files.isRegularFile(CLI)) {
            throw new IllegalStateException("openapi-generator's CLI is not at " + CLI + ": the build copies it there "
                    + "before the integration tests (maven-dependency-plugin); run them through Maven");
        }
        deleteTree(HOME);
        Files.createDirectories(HOME);
        Path log = HOME.resolve("generate.log");
        int exit = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", CLI.toString(),
                "generate", "-i", document.toAbsolutePath().toString(), "-g", "java", "--library", "native",
                "-o", HOME.resolve("project").toString(), "--package-name", PACKAGE, "--api-package", PACKAGE + ".api",
                "--model-package", PACKAGE + ".model", "--invoker-package", PACKAGE,
                "--additional-properties", "openApiNullable=false,useJakartaEe=true,hideGenerationTimestamp=true,"
                        + "annotationLibrary=none,useBeanValidation=false",
                "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"), log);
        if (exit != 0) {
            throw new IllegalStateException("openapi-generator refused the document (exit " + exit + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        Path classes = HOME.resolve("classes");
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> files = Files.walk(HOME.resolve(Path.of("project", "src", "main", "java")))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-encoding", "UTF-8", "-nowarn", "-proc:none"));
        arguments.addAll(sources);
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        if (javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated client does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return new GeneratedClient(new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader()));
    }

    /**
     * An API class of the client ({@code DefaultApi}, or the one of a tag), talking to the shared platform as the
     * person, with HTTP Basic on every request.
     */
    public Object api(String simpleName, String login, String password) throws ReflectiveOperationException {
        Class<?> clientClass = loader.loadClass(PACKAGE + ".ApiClient");
        Object client = clientClass.getConstructor().newInstance();
        String base = Platform.url().toString();
        clientClass.getMethod("updateBaseUri", String.class).invoke(client, base.substring(0, base.length() - 1));
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        Consumer<HttpRequest.Builder> signIn = request -> request.header("Authorization", basic);
        clientClass.getMethod("setRequestInterceptor", Consumer.class).invoke(client, signIn);
        return loader.loadClass(PACKAGE + ".api." + simpleName).getConstructor(clientClass).newInstance(client);
    }

    /** A new, empty model object ({@code BookDesk}). */
    public Object model(String simpleName) throws ReflectiveOperationException {
        return loader.loadClass(PACKAGE + ".model." + simpleName).getConstructor().newInstance();
    }

    /** A constant of a generated enum ({@code BookDesk$SlotEnum}, {@code AM}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object enumValue(String binaryName, String constant) throws ClassNotFoundException {
        return Enum.valueOf((Class<Enum>) loader.loadClass(PACKAGE + ".model." + binaryName), constant);
    }

    /** Calls a method of a generated object by name (the client is compiled after this test, so not typed here). */
    public static Object call(Object target, String method, Object... arguments) throws ReflectiveOperationException {
        for (var m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
                try {
                    return m.invoke(target, arguments);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw new IllegalStateException(method + " failed: " + cause, cause);
                    }
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method + " with " + arguments.length + " arguments");
    }

    private static int run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("openapi-generator did not end within 10 minutes");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
