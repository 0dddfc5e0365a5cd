package jp.shokuba.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member of staff (職員): who they are, where they belong, which post they hold and what they
 * may do. The login and employee number never change once given.
 */
@Entity
@Table(schema = "directory", name = "staff")
public class Staff {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_number", nullable = false, unique = true, updatable = false)
    private String employeeNumber;

    @Column(nullable = false, unique = true, updatable = false)
    private String login;

    @Embedded
    private PersonName name;

    @Column(nullable = false)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrganizationUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Position position;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Made by the demo loader: never signs in outside demo mode. */
    @Column(nullable = false, updatable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "directory", name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> grantedRoles = EnumSet.noneOf(Role.class);

    @Version
    private int version;

    /** The identity provider's immutable subject for this person, once linked at their first single sign-on. */
    @Column(name = "sso_subject", unique = true)
    private String singleSignOnSubject;

    /** Raised when sessions of this person must end: deactivation, a change of roles, a new password. */
    @Column(name = "security_version", nullable = false)
    private int securityVersion;

    protected Staff() {
    }

    public Staff(String employeeNumber, String login, PersonName name, String email,
                 OrganizationUnit unit, Position position) {
        requireEmployeeNumber(employeeNumber);
        requireLogin(login);
        this.employeeNumber = employeeNumber;
        this.login = login;
        describe(name, email);
        assign(unit, position);
    }

    /** The rules of each field, one by one, so that an import can report every broken field of a line at once. */
    public static void requireEmployeeNumber(String employeeNumber) {
        if (employeeNumber == null || !employeeNumber.matches("[0-9A-Za-z]{1,16}")) {
            throw new IllegalArgumentException("職員番号は16文字までの英数字です: " + employeeNumber);
        }
    }

    public static void requireLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("ログインIDは半角英小文字・数字・記号(._-)で2〜64文字です: " + login);
        }
    }

    public static void requireEmail(String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("メールアドレスの形式が正しくありません: " + email);
        }
    }

    public void describe(PersonName newName, String newEmail) {
        requireEmail(newEmail);
        this.name = Objects.requireNonNull(newName, "name");
        this.email = newEmail.strip();
    }

    /** A personnel change (人事異動): new unit, new post, or both. */
    public void assign(OrganizationUnit newUnit, Position newPosition) {
        Set<Role> before = position == null ? null : roles();
        this.unit = Objects.requireNonNull(newUnit, "unit");
        this.position = Objects.requireNonNull(newPosition, "position");
        endSessionsIfRolesChanged(before);
    }

    public void grantOnly(Collection<Role> roles) {
        if (roles.stream().anyMatch(r -> !r.grantable())) {
            throw new IllegalArgumentException("STAFF と APPROVER は付与できません（職位から決まります）");
        }
        Set<Role> before = roles();
        grantedRoles.clear();
        grantedRoles.addAll(roles);
        endSessionsIfRolesChanged(before);
    }

    /** A new password (set by an administrator or by the person): every session signed in before ends. */
    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        securityVersion++;
    }

    /** The same password hashed again at today's cost: nothing changes for anyone's sessions. */
    public void rehashPassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
    }

    private void endSessionsIfRolesChanged(Set<Role> before) {
        if (before != null && !before.equals(roles())) {
            securityVersion++;
        }
    }

    /** Links the identity provider's subject to this person, once: a person already linked keeps their subject. */
    public void linkSingleSignOn(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject");
        }
        if (singleSignOnSubject != null && !singleSignOnSubject.equals(subject)) {
            throw new IllegalStateException(login + " is linked to another subject already");
        }
        this.singleSignOnSubject = subject;
    }

    public Optional<String> singleSignOnSubject() {
        return Optional.ofNullable(singleSignOnSubject);
    }

    /** Marks a row of the demo city hall, which production mode refuses to sign in. */
    public void markAsDemo() {
        this.demo = true;
    }

    /** Whether this person may sign in now; demo accounts only while demo mode is on. */
    public boolean maySignIn(boolean demoMode) {
        return active && (demoMode || !demo);
    }

    public boolean demo() {
        return demo;
    }

    public void deactivate() {
        if (active) {
            securityVersion++;
        }
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Everything this person may do now: STAFF, APPROVER by position, and the granted roles. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.of(Role.STAFF);
        if (position.approves()) {
            roles.add(Role.APPROVER);
        }
        roles.addAll(grantedRoles);
        return roles;
    }

    public Set<Role> grantedRoles() {
        return grantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(grantedRoles);
    }

    public Long id() {
        return id;
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    public String login() {
        return login;
    }

    public PersonName name() {
        return name;
    }

    public String email() {
        return email;
    }

    public OrganizationUnit unit() {
        return unit;
    }

    public Position position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }

    public int securityVersion() {
        return securityVersion;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && login.equals(other.login);
    }

    @Override
    public int hashCode() {
        return login.hashCode();
    }
}
