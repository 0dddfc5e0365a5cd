package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.rest.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs off wrong passwords, per account and per client address, before any password is hashed: after
 * {@code shokuba.signin.throttle.account-failures} failures in a row on one login (or
 * {@code shokuba.signin.throttle.address-failures} from one address) each further attempt must wait, one second
 * after the first failure over the limit, doubling up to {@code shokuba.signin.throttle.max-delay-seconds}. The
 * wait is short on purpose: an attacker cannot lock a person out for long, and the right password gets in once the
 * current wait is over. Failures are forgotten after a quarter of an hour without any, and an account's at its
 * next successful sign-in.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration FORGET = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    @Inject
    @ConfigProperty(name = "shokuba.signin.throttle.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "shokuba.signin.throttle.address-failures", defaultValue = "30")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "shokuba.signin.throttle.max-delay-seconds", defaultValue = "60")
    int maxDelaySeconds;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    private record Failures(int count, Instant last, Instant until) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** The answer to an attempt that must wait (with a {@code Retry-After} header of the same seconds). */
    public static Problem problem(long seconds) {
        return Problem.of(429, "too-many-sign-ins", "Too Many Requests",
                "パスワードの誤りが続いたため、" + seconds + " 秒待ってからもう一度試してください。");
    }

    /** How many seconds this attempt must wait, if it must. */
    public OptionalLong retryAfter(String login, String address) {
        Instant now = clock.instant();
        long wait = Math.max(waiting(byAccount.get(key(login)), now), waiting(byAddress.get(address), now));
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    /** Counts a wrong password; whether this failure starts (or lengthens) a wait. */
    public boolean failed(String login, String address) {
        Instant now = clock.instant();
        tidy(now);
        Failures account = byAccount.compute(key(login), (k, f) -> next(f, now, accountFailures));
        Failures fromAddress = address == null ? null : byAddress.compute(address, (k, f) -> next(f, now, addressFailures));
        return account.until() != null || fromAddress != null && fromAddress.until() != null;
    }

    /**
     * A wrong password (at sign-in, or as the current one when changing it): counted, and audited as
     * {@code auditKind}, with a second entry when it starts a wait.
     */
    public void refused(String login, String address, String auditKind) {
        audit.recordAs(login, AuditEvent.of(auditKind, "Staff", login));
        if (failed(login, address)) {
            audit.recordAs(login, AuditEvent.of("auth.sign-in-throttled", "Staff", login).withDetail(address));
        }
    }

    public void succeeded(String login) {
        byAccount.remove(key(login));
    }

    private Failures next(Failures f, Instant now, int free) {
        int count = f == null || f.last().plus(FORGET).isBefore(now) ? 1 : f.count() + 1;
        Instant until = null;
        if (count > free) {
            long seconds = Math.min(maxDelaySeconds, 1L << Math.min(30, count - free - 1));
            until = now.plusSeconds(seconds);
        }
        return new Failures(count, now, until);
    }

    private static long waiting(Failures f, Instant now) {
        if (f == null || f.until() == null || !now.isBefore(f.until())) {
            return 0;
        }
        return Math.max(1, Duration.between(now, f.until()).toMillis() / 1000 + 1);
    }

    /** Keeps the maps bounded when someone tries very many logins or addresses. */
    private void tidy(Instant now) {
        for (Map<String, Failures> m : java.util.List.of(byAccount, byAddress)) {
            if (m.size() > MAX_ENTRIES) {
                m.values().removeIf(f -> f.last().plus(FORGET).isBefore(now));
                if (m.size() > MAX_ENTRIES) {
                    m.clear();
                }
            }
        }
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
