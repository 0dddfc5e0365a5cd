package jp.shokuba.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import jakarta.servlet.http.HttpServletRequest;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a signed-in session still holds, asked on every request that carries one (pages and REST alike). It ends
 * <ul>
 * <li>when the person's security version is no longer the one remembered at sign-in: they were deactivated, their
 * roles changed, or their password was reset or changed (elsewhere). The version is read from the database on each
 * request (one query by the unique login), not cached: so a change is seen at once whichever node or tool made it;
 * the price is about a tenth of a millisecond per request;</li>
 * <li>after {@code shokuba.session.absolute-lifetime} (an ISO-8601 duration, {@code SHOKUBA_SESSION_ABSOLUTE_LIFETIME};
 * a working day, 10 hours, by default) from sign-in, however busy the session was. The idle timeout of 30 minutes
 * (web.xml) applies as well.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionCheck {

    /** Why a session no longer holds, if it does not. */
    enum Verdict { HOLDS, EXPIRED, ENDED }

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "shokuba.session.absolute-lifetime", defaultValue = "PT10H")
    String configuredLifetime;

    private Duration absoluteLifetime;

    @PostConstruct
    void configure() {
        try {
            absoluteLifetime = Duration.parse(configuredLifetime.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("shokuba.session.absolute-lifetime is not an ISO-8601 duration such as PT10H: "
                    + configuredLifetime, e);
        }
        if (absoluteLifetime.isNegative() || absoluteLifetime.isZero()) {
            throw new IllegalStateException("shokuba.session.absolute-lifetime must be positive: " + configuredLifetime);
        }
    }

    Verdict judge(SignedInSession session) {
        if (!clock.instant().isBefore(session.signedInAt().plus(absoluteLifetime))) {
            return Verdict.EXPIRED;
        }
        OptionalInt now = directory.securityVersion(session.login());
        return now.isPresent() && now.getAsInt() == session.securityVersion() ? Verdict.HOLDS : Verdict.ENDED;
    }

    /** Ends a session that no longer holds, audited with why. */
    void end(HttpServletRequest request, SignedInSession session, Verdict verdict) {
        request.getSession().invalidate();
        audit.recordAs(session.login(), AuditEvent.of("auth.session-ended", "Staff", session.login())
                .withDetail(verdict == Verdict.EXPIRED ? "absolute lifetime" : "security version changed"));
    }

    /** The version a session signed in now starts with, read before the password is checked (see the mechanism). */
    OptionalInt currentVersion(String login) {
        return directory.securityVersion(login);
    }

    Instant now() {
        return clock.instant();
    }
}
