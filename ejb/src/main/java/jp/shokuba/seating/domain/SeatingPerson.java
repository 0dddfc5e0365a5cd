package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What seating keeps about a person: an accessibility need (recorded by facilities staff), whether
 * colleagues may find where they sit, and the secret of their calendar feed (revocable: a new secret
 * makes the old address useless).
 */
@Entity
@Table(schema = "seating", name = "person")
public class SeatingPerson {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String login;

    @Column(name = "accessibility_need")
    private boolean accessibilityNeed;

    private boolean hidden;

    @Column(name = "calendar_secret", unique = true)
    private String calendarSecret;

    protected SeatingPerson() {
    }

    public SeatingPerson(String login) {
        this.login = login;
    }

    public void recordAccessibilityNeed(boolean need) {
        this.accessibilityNeed = need;
    }

    public void hideFromColleagues(boolean hide) {
        this.hidden = hide;
    }

    public String newCalendarSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        calendarSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return calendarSecret;
    }

    public void revokeCalendarSecret() {
        calendarSecret = null;
    }

    public String login() {
        return login;
    }

    public boolean accessibilityNeed() {
        return accessibilityNeed;
    }

    public boolean hidden() {
        return hidden;
    }

    public Optional<String> calendarSecret() {
        return Optional.ofNullable(calendarSecret);
    }
}
