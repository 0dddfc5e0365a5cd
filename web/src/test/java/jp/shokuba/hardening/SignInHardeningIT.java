package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong passwords back off: after five failures on one login each attempt must wait (429 with Retry-After, before
 * any password is hashed), the right password included, and gets in once the wait is over. Unknown logins are
 * throttled alike, so the limit tells nobody which logins exist. A password hashed at the old cost (60,000
 * PBKDF2 iterations) is hashed again at 600,000 on its next successful sign-in.
 */
@ExtendWith(Platform.class)
class SignInHardeningIT {

    @Test
    void aRealPersonIsHeldBackBrieflyAndTheRightPasswordGetsInAfterTheWait() throws Exception {
        String login = "kimura";
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(login, "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Reply sixth = Api.as(login, "wrong-6").get("/api/v1/me");
        assertThat(sixth.status()).isEqualTo(401); // the failure that starts the wait is still answered
        Api.Reply held = Api.as(login).get("/api/v1/me");
        assertThat(held.status()).as(held.toString()).isEqualTo(429);
        assertThat(held.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(held.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);

        Thread.sleep(retryAfter * 1000 + 200);
        Api.Reply after = Api.as(login).get("/api/v1/me");
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        // and the success forgave the account's failures
        assertThat(Api.as(login, "wrong-again").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anUnknownLoginIsThrottledLikeAKnownOne() {
        String login = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            assertThat(Api.as(login, "guess-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Reply held = Api.as(login, "guess-7").get("/api/v1/me");
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(Api.as("tanaka").get("/api/v1/me").status()).isEqualTo(200); // nobody else is held back
    }

    @Test
    void aPasswordHashedAtTheOldCostIsHashedAgainAtTodaysOnItsNextSignIn() throws Exception {
        String login = "maeda12";
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("demo".toCharArray(), salt, 60_000, 256)).getEncoded();
        String old = "PBKDF2WithHmacSHA256:60000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement s = c.prepareStatement("UPDATE directory.staff SET password_hash = ? WHERE login = ?")) {
            s.setString(1, old);
            s.setString(2, login);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);

        String now = storedHash(login);
        assertThat(now).isNotEqualTo(old).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(Api.as(login, "not-demo").get("/api/v1/me").status()).isEqualTo(401);
    }

    private static String storedHash(String login) throws Exception {
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM directory.staff WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
