package jp.shokuba.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal OpenID Connect provider on loopback for the single sign-on test: discovery, an
 * authorization endpoint that signs in the person set by {@link #signInAs} at once, a token endpoint issuing an RS256
 * ID token, JWKS and userinfo. Standing in for the city's identity provider.
 */
public final class FakeIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "shokuba";
    public static final String CLIENT_SECRET = "test-secret";

    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;
    private volatile String subject;
    private volatile String username;
    private final Map<String, String> nonceByCode = new ConcurrentHashMap<>();

    public FakeIdentityProvider(String username) throws IOException, GeneralSecurityException {
        signInAs("sub-" + username, username);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
        server.createContext("/userinfo", this::userinfo);
        server.start();
    }

    /** Who the provider signs in from now on: their immutable subject and their (renamable) username. */
    public void signInAs(String subject, String username) {
        this.subject = subject;
        this.username = username;
    }

    public String issuer() {
        return issuer;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(exchange, Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("userinfo_endpoint", issuer + "/userinfo")
                .add("jwks_uri", issuer + "/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", Json.createArrayBuilder().add("openid").add("email").add("profile"))
                .add("claims_supported", Json.createArrayBuilder().add("sub").add("preferred_username"))
                .build());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        nonceByCode.put(code, query.getOrDefault("nonce", ""));
        String target = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String nonce = nonceByCode.remove(form.get("code"));
        if (nonce == null) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        var claims = Json.createObjectBuilder().add("iss", issuer).add("sub", subject).add("aud", CLIENT_ID)
                .add("iat", now).add("exp", now + 600).add("preferred_username", username);
        if (!nonce.isEmpty()) {
            claims.add("nonce", nonce);
        }
        json(exchange, Json.createObjectBuilder()
                .add("access_token", UUID.randomUUID().toString())
                .add("token_type", "Bearer")
                .add("expires_in", 600)
                .add("id_token", signed(claims.build()))
                .build());
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        json(exchange, Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("kid", "k1").add("use", "sig").add("alg", "RS256")
                .add("n", base64Url(unsigned(key.getModulus()))).add("e", base64Url(unsigned(key.getPublicExponent())))))
                .build());
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        json(exchange, Json.createObjectBuilder().add("sub", subject).add("preferred_username", username).build());
    }

    private String signed(JsonObject claims) {
        String header = base64Url(Json.createObjectBuilder().add("alg", "RS256").add("kid", "k1").add("typ", "JWT")
                .build().toString().getBytes(StandardCharsets.UTF_8));
        String body = base64Url(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parameters(String encoded) {
        Map<String, String> map = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                String[] kv = pair.split("=", 2);
                map.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return map;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public URI uri() {
        return URI.create(issuer);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
