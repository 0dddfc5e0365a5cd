package jp.shokuba.directory.application.csv;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.StaffChanged;
import jp.shokuba.directory.domain.OrganizationRepository;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.PersonName;
import jp.shokuba.directory.domain.Position;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.directory.domain.StaffRepository;
import jp.shokuba.platform.BusinessException;

/**
 * Imports the staff list: {@code 職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割}.
 * A known 職員番号 updates that person (a personnel change); a new one adds them. 役割 lists granted
 * roles separated by {@code ;}. Every line is checked first, each with all its problems; one bad line rejects
 * the whole file.
 */
@Stateless
public class StaffImport {

    static final List<String> COLUMNS = List.of("職員番号", "ログインID", "氏名", "氏名カナ", "メールアドレス",
            "所属コード", "職名", "役割");

    @Inject
    StaffRepository staff;

    @Inject
    OrganizationRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StaffChanged> staffChanged;

    /** A checked line: the candidate holds the new state; {@code existing} is the person it updates, if any. */
    private record Line(long number, Staff candidate, Set<Role> roles, Optional<Staff> existing) {
    }

    public ImportResult importCsv(byte[] csv) throws BusinessException {
        CsvSheet sheet = CsvSheet.read(csv, COLUMNS);
        List<LineError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seenNumbers = new HashMap<>();
        Map<String, Long> seenLogins = new HashMap<>();
        for (CsvSheet.Row row : sheet.rows()) {
            try {
                Line line = check(row, seenNumbers, seenLogins);
                lines.add(line);
            } catch (LineProblems.Found found) {
                found.messages().forEach(m -> errors.add(new LineError(row.line(), m)));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvRejectedException(errors);
        }
        int created = 0;
        for (Line line : lines) {
            Staff target = line.existing().orElse(line.candidate());
            if (line.existing().isPresent()) {
                target.describe(line.candidate().name(), line.candidate().email());
                target.assign(line.candidate().unit(), line.candidate().position());
            } else {
                staff.add(target);
                created++;
            }
            target.grantOnly(line.roles());
        }
        audit.record(new AuditEvent("directory.staff-imported", "Staff", "csv",
                "新規 " + created + " 件、更新 " + (lines.size() - created) + " 件 (" + sheet.charset() + ")"));
        lines.forEach(l -> staffChanged.fire(new StaffChanged(l.candidate().login())));
        return new ImportResult(sheet.charset(), created, lines.size() - created);
    }

    /**
     * Checks one line and reports every problem it has, not only the first: the clerk fixes the line once. Checks
     * that need a value a failed check would give (the person the 職員番号 names) are made only when it is there.
     */
    private Line check(CsvSheet.Row row, Map<String, Long> seenNumbers, Map<String, Long> seenLogins) {
        LineProblems problems = new LineProblems();
        String number = row.get("職員番号");
        String login = row.get("ログインID").isEmpty() ? number.toLowerCase() : row.get("ログインID");
        problems.check(() -> Staff.requireEmployeeNumber(number));
        problems.check(() -> Staff.requireLogin(login));
        problems.check(() -> notRepeated("職員番号", number, seenNumbers, row.line()));
        problems.check(() -> notRepeated("ログインID", login, seenLogins, row.line()));
        PersonName name = problems.value(() -> PersonName.parse(required(row, "氏名"), required(row, "氏名カナ")));
        problems.check(() -> Staff.requireEmail(row.get("メールアドレス")));
        OrganizationUnit unit = problems.value(() -> units.byCode(row.get("所属コード")).orElseThrow(
                () -> new IllegalArgumentException("所属コード「" + row.get("所属コード") + "」がありません")));
        Position position = problems.value(() -> Position.byJapaneseName(row.get("職名")).orElseThrow(
                () -> new IllegalArgumentException("職名「" + row.get("職名") + "」は使えません（係員・主任・係長・課長補佐・課長・部長・副市長・市長）")));
        Set<Role> roles = problems.value(() -> roles(row.get("役割")));
        Optional<Staff> existing = staff.byEmployeeNumber(number);
        problems.check(() -> {
            if (existing.isPresent() && !existing.get().login().equals(login)) {
                throw new IllegalArgumentException("職員番号 " + number + " のログインIDは「" + existing.get().login()
                        + "」です。ログインIDは変更できません");
            }
            if (existing.isEmpty() && staff.byLogin(login).isPresent()) {
                throw new IllegalArgumentException("ログインID「" + login + "」は別の職員が使っています");
            }
        });
        problems.throwIfAny();
        // what the fields allow together (a post the unit cannot hold): only once each field is right
        Staff candidate = problems.value(() -> new Staff(number, login, name, row.get("メールアドレス"), unit, position));
        problems.throwIfAny();
        return new Line(row.line(), candidate, roles, existing);
    }

    private static String required(CsvSheet.Row row, String column) {
        if (row.get(column).isBlank()) {
            throw new IllegalArgumentException(column + "が空です");
        }
        return row.get(column);
    }

    private static void notRepeated(String column, String value, Map<String, Long> seen, long line) {
        Long earlier = seen.putIfAbsent(value, line);
        if (earlier != null) {
            throw new IllegalArgumentException(column + "「" + value + "」が " + earlier + " 行目と重複しています");
        }
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list.split("[;；]")) {
            if (!name.isBlank()) {
                Role role;
                try {
                    role = Role.valueOf(name.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("役割「" + name.strip() + "」は使えません（RECORDS・RECORDS_PII・FACILITIES・ADMIN）");
                }
                if (!role.grantable()) {
                    throw new IllegalArgumentException("役割 " + role + " は職位から決まるため指定できません");
                }
                roles.add(role);
            }
        }
        return roles;
    }
}
