package jp.shokuba.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import jp.shokuba.directory.application.Passwords;
import jp.shokuba.directory.application.StaffChanged;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a login and password against the directory and returns the person's roles as groups.
 * PBKDF2 is slow on purpose; scripts that send HTTP Basic on every call would pay it each time, so
 * a successful check is remembered for a short while (keyed by a SHA-256 of the password, never the
 * password itself) together with the person's security version, and used only while that version is still the
 * current one (read from the database on each use, like a session's): so a new password, a change of roles or a
 * deactivation is seen by the next call, whichever node made it. Accounts of the demo city hall sign in only in
 * demo mode.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Duration REMEMBER = Duration.ofMinutes(2);

    @Inject
    StaffRepository staff;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** Lazily: the directory service itself depends on beans this store is built before. */
    @Inject
    jakarta.enterprise.inject.Instance<jp.shokuba.directory.application.DirectoryService> directory;

    /** Outside demo mode the demo city hall's accounts never sign in, whatever their password. */
    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean demoMode;

    private final Map<String, Verified> recent = new ConcurrentHashMap<>();

    private volatile String dummyHash;

    private record Verified(String passwordDigest, Set<String> groups, int securityVersion, Instant until) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String login = up.getCaller();
        String digest = digest(up.getPasswordAsString());
        Verified remembered = recent.get(login);
        if (remembered != null && remembered.passwordDigest().equals(digest) && clock.instant().isBefore(remembered.until())
                && directory.get().securityVersion(login).equals(java.util.OptionalInt.of(remembered.securityVersion()))) {
            return new CredentialValidationResult(login, remembered.groups());
        }
        Optional<Staff> person = staff.byLogin(login).filter(s -> s.maySignIn(demoMode));
        Optional<String> hash = person.flatMap(Staff::passwordHash);
        // an unknown, disabled or password-less login is checked against a dummy hash all the same, so the answer
        // takes as long as for a known login with a wrong password and tells nobody which logins exist
        boolean matches = passwords.matches(up.getPassword().getValue(), hash.orElseGet(this::dummyHash));
        if (hash.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.outdated(hash.get())) {
            directory.get().upgradePasswordHash(login, up.getPassword().getValue());
        }
        Set<String> groups = person.get().roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        recent.put(login, new Verified(digest, groups, person.get().securityVersion(), clock.instant().plus(REMEMBER)));
        return new CredentialValidationResult(login, groups);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }

    void forget(@Observes StaffChanged changed) {
        recent.remove(changed.login());
    }

    private static String digest(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
