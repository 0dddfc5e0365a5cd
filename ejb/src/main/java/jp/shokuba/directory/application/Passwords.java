package jp.shokuba.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-SHA256 password hashes at the OWASP Password Storage Cheat Sheet's 600,000 iterations. The
 * iteration count is stored in each hash, so an older, cheaper hash still verifies; {@link #outdated} tells
 * the sign-in to hash the password again at today's cost. HTTP Basic stays fast through the identity store's
 * short-lived cache of verified credentials.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "shokuba.password.iterations", defaultValue = "600000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    /** The shortest and longest password accepted for a new one (OWASP ASVS 2.1.1 and 2.1.2). */
    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Refuses a new password that is too short or too long (counted in code points, so 12 kanji are 12). */
    public void requireAcceptable(char[] password) throws BusinessException {
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MINIMUM_LENGTH) {
            throw BusinessException.invalid("password.tooShort", MINIMUM_LENGTH);
        }
        if (length > MAXIMUM_LENGTH) {
            throw BusinessException.invalid("password.tooLong", MAXIMUM_LENGTH);
        }
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Whether a hash was made with fewer iterations than today's ({@code Algorithm:iterations:salt:hash}). */
    public boolean outdated(String hash) {
        String[] parts = hash.split(":");
        try {
            return parts.length < 2 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException unknownFormat) {
            return true;
        }
    }
}
