package jp.shokuba.directory.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.domain.Absence;
import jp.shokuba.directory.domain.AbsenceRepository;
import jp.shokuba.directory.domain.Hierarchy;
import jp.shokuba.directory.domain.OrganizationRepository;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.PersonName;
import jp.shokuba.directory.domain.Position;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory's service: who is who, where they belong, who is away and who stands in for them.
 * Changes are audited. Other contexts use only this class and its summaries, never the entities.
 */
@Stateless
public class DirectoryService {

    @Inject
    StaffRepository staff;

    @Inject
    OrganizationRepository units;

    @Inject
    AbsenceRepository absences;

    @Inject
    AuditTrail audit;

    @Inject
    Passwords passwords;

    @Inject
    Event<StaffChanged> staffChanged;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean demoMode;

    public StaffSummary staff(String login) throws BusinessException {
        return StaffSummary.of(find(login));
    }

    /**
     * A person's record as an administrator opens it (the API's {@code /staff/{login}}, the staff page's edit
     * dialog): a read of personal data, so it is audited ({@code staff.viewed}).
     */
    public StaffSummary staffRecordForAdmin(String login) throws BusinessException {
        StaffSummary s = staff(login);
        audit.record(AuditEvent.of("staff.viewed", "Staff", s.login()));
        return s;
    }

    public Optional<StaffSummary> findStaff(String login) {
        return staff.byLogin(login).map(StaffSummary::of);
    }

    public List<StaffSummary> searchStaff(String text, int first, int max) {
        return staff.search(text, first, max).stream().map(StaffSummary::of).toList();
    }

    public long countStaff(String text) {
        return staff.count(text);
    }

    public List<UnitSummary> organisation() {
        return units.all().stream().map(UnitSummary::of).toList();
    }

    public UnitSummary unit(String code) throws BusinessException {
        return UnitSummary.of(unitByCode(code));
    }

    /** Active members placed directly in the unit (a 係's members, or the 課長 of a 課). */
    public List<StaffSummary> members(String unitCode) throws BusinessException {
        return staff.membersOf(unitByCode(unitCode)).stream().map(StaffSummary::of).toList();
    }

    public void update(StaffChange change) throws BusinessException {
        Staff s = find(change.login());
        if (s.version() != change.version()) {
            throw BusinessException.conflict("staff.concurrentEdit", s.name().full());
        }
        try {
            s.describe(PersonName.parse(change.nameKanji(), change.nameKana()), change.email());
            s.assign(unitByCode(change.unitCode()), Position.valueOf(change.positionCode()));
            s.grantOnly(roles(change.grantedRoles()));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        if (change.active()) {
            s.reactivate();
        } else {
            s.deactivate();
        }
        flush(s);
        audit.record(AuditEvent.of("staff.updated", "Staff", s.login())
                .withDetail(s.position().japaneseName() + " / " + s.unit().name() + " / " + s.grantedRoles()));
        staffChanged.fire(new StaffChanged(s.login()));
    }

    /** An administrator's reset: every session of the person ends. */
    public void setPassword(String login, char[] password) throws BusinessException {
        Staff s = find(login);
        passwords.requireAcceptable(password);
        s.changePasswordHash(passwords.hash(password));
        audit.record(AuditEvent.of("staff.password-set", "Staff", login));
        staffChanged.fire(new StaffChanged(login));
    }

    /**
     * A person's change of their own password, proven by the current one. Every session of theirs signed in before
     * ends; the new security version is returned so that the session the change was made on can go on.
     *
     * @throws WrongPasswordException the current password is wrong
     */
    public int changeOwnPassword(String login, char[] current, char[] next) throws BusinessException {
        Staff s = find(login);
        if (!s.passwordHash().map(hash -> passwords.matches(current, hash)).orElse(false)) {
            throw new WrongPasswordException();
        }
        passwords.requireAcceptable(next);
        if (java.util.Arrays.equals(current, next)) {
            throw BusinessException.invalid("password.sameAsCurrent");
        }
        s.changePasswordHash(passwords.hash(next));
        audit.record(AuditEvent.of("staff.password-changed", "Staff", login));
        staffChanged.fire(new StaffChanged(login));
        return s.securityVersion();
    }

    /**
     * After a successful sign-in with a hash made at an older, cheaper cost: the same password hashed again at
     * today's cost. The caller has just verified the password.
     */
    public void upgradePasswordHash(String login, char[] password) {
        staff.byLogin(login).filter(s -> s.passwordHash().map(passwords::outdated).orElse(false))
                .ifPresent(s -> s.rehashPassword(passwords.hash(password)));
    }

    /**
     * The person's security version while they may sign in; empty once they are deactivated (or are a demo account
     * outside demo mode). Asked on every request of a signed-in session: one query by the unique login, outside any
     * transaction, so that a change made on any node (or straight in the database) is seen by the next request.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalInt securityVersion(String login) {
        return login == null ? OptionalInt.empty() : staff.securityVersion(login, demoMode);
    }

    /**
     * Who the identity provider vouches for, by its immutable subject: the person linked to that subject before, or
     * (once, at their first single sign-on) the person whose login is the provider's username and who has no subject
     * yet, who is linked to it now. A renamed username still finds the linked person; another subject with the same
     * username finds nobody. Empty too for a person who may not sign in.
     */
    public Optional<String> singleSignOnLogin(String subject, String username) {
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        Optional<Staff> linked = staff.bySingleSignOnSubject(subject);
        if (linked.isEmpty() && username != null) {
            linked = staff.byLogin(username).filter(s -> s.singleSignOnSubject().isEmpty() && s.maySignIn(demoMode));
            linked.ifPresent(s -> {
                s.linkSingleSignOn(subject);
                audit.recordAs(s.login(), AuditEvent.of("staff.sso-linked", "Staff", s.login()).withDetail(subject));
            });
        }
        return linked.filter(s -> s.maySignIn(demoMode)).map(Staff::login);
    }

    public AbsenceSummary recordAbsence(String login, LocalDate firstDay, LocalDate lastDay, String deputyLogin,
                                        String reason) throws BusinessException {
        Staff absentee = find(login);
        Staff deputy = deputyLogin == null || deputyLogin.isBlank() ? null : find(deputyLogin);
        Absence absence;
        try {
            absence = absences.add(new Absence(absentee, firstDay, lastDay, deputy, reason));
            em.flush();
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (PersistenceException overlapping) {
            throw BusinessException.conflict("absence.overlaps", absentee.name().full());
        }
        audit.record(AuditEvent.of("absence.recorded", "Staff", login)
                .withDetail(firstDay + "〜" + lastDay + (deputy == null ? "" : " 代理 " + deputy.login())));
        return AbsenceSummary.of(absence);
    }

    public void removeAbsence(long id) throws BusinessException {
        Absence absence = absences.byId(id).orElseThrow(() -> BusinessException.notFound("absence.notFound"));
        absences.remove(absence);
        audit.record(AuditEvent.of("absence.removed", "Staff", absence.staff().login())
                .withDetail(absence.firstDay() + "〜" + absence.lastDay()));
    }

    public List<AbsenceSummary> absencesFrom(LocalDate day) {
        return absences.currentAndComing(day).stream().map(AbsenceSummary::of).toList();
    }

    public boolean isAbsent(String login, LocalDate day) {
        return absences.of(login, day).isPresent();
    }

    /** The deputy (代理) named for the person's absence on that day, if they are away and named one. */
    public Optional<StaffSummary> deputyOf(String login, LocalDate day) {
        return absences.of(login, day).flatMap(Absence::deputy).map(StaffSummary::of);
    }

    /**
     * Who holds {@code positionCode} for a unit now: in the unit, else in its parents, else (副市長,
     * 市長) city-wide. Asked when an approval step starts, so a personnel change never strands a document.
     */
    public Optional<StaffSummary> postHolder(String unitCode, String positionCode) {
        Position post;
        try {
            post = Position.valueOf(positionCode);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return units.byCode(unitCode).flatMap(u -> hierarchy().holderOf(u, post)).map(StaffSummary::of);
    }

    /** The person's superior (上司): the nearest holder of a higher approving post. */
    public Optional<StaffSummary> superiorOf(String login) {
        return staff.byLogin(login).flatMap(s -> hierarchy().superiorOf(s)).map(StaffSummary::of);
    }

    /** The head of a unit (the 課長 of a 課), for consultations (合議) addressed to a department. */
    public Optional<StaffSummary> headOf(String unitCode) {
        return units.byCode(unitCode).flatMap(u -> hierarchy().headOf(u)).map(StaffSummary::of);
    }

    /** Logins of the people who are away on {@code day} and named {@code deputyLogin} as their deputy. */
    public List<String> standingInFor(String deputyLogin, LocalDate day) {
        return absences.currentAndComing(day).stream()
                .filter(a -> a.covers(day) && a.deputy().filter(d -> d.login().equals(deputyLogin)).isPresent())
                .map(a -> a.staff().login()).toList();
    }

    /** Every post from 係員 to 市長, lowest rank first. */
    public List<PostSummary> posts() {
        return java.util.Arrays.stream(Position.values())
                .map(p -> new PostSummary(p.name(), p.japaneseName(), p.rank(), p.approves())).toList();
    }

    private Hierarchy hierarchy() {
        return new Hierarchy(staff::membersOf, staff::withPosition);
    }

    private Staff find(String login) throws BusinessException {
        return staff.byLogin(login).orElseThrow(() -> BusinessException.notFound("staff.notFound", login));
    }

    private OrganizationUnit unitByCode(String code) throws BusinessException {
        return units.byCode(code).orElseThrow(() -> BusinessException.notFound("unit.notFound", code));
    }

    private void flush(Staff s) throws BusinessException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("staff.concurrentEdit", s.name().full());
        }
    }

    private static Set<Role> roles(Set<String> names) throws BusinessException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("input.invalid", "不明な役割: " + name);
            }
        }
        return roles;
    }
}
