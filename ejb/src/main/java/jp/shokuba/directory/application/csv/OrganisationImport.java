package jp.shokuba.directory.application.csv;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.domain.OrganizationRepository;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.UnitKind;
import jp.shokuba.platform.BusinessException;

/**
 * Imports the organisation list: {@code 組織コード,組織名,組織区分,上位組織コード}. A unit whose
 * code exists is renamed and moved; a new code creates a unit. A parent may be defined anywhere in
 * the same file. All lines are checked first; one bad line rejects the whole file.
 */
@Stateless
public class OrganisationImport {

    static final List<String> COLUMNS = List.of("組織コード", "組織名", "組織区分", "上位組織コード");

    @Inject
    OrganizationRepository units;

    @Inject
    AuditTrail audit;

    private record Line(long number, String code, String name, UnitKind kind, String parentCode) {
    }

    public ImportResult importCsv(byte[] csv) throws BusinessException {
        CsvSheet sheet = CsvSheet.read(csv, COLUMNS);
        List<LineError> errors = new ArrayList<>();
        Map<String, Line> lines = new LinkedHashMap<>();
        for (CsvSheet.Row row : sheet.rows()) {
            parse(row, lines, errors);
        }
        for (Line line : lines.values()) {
            checkParent(line, lines, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(LineError::line));
            throw new CsvRejectedException(errors);
        }
        int created = 0;
        int updated = 0;
        List<Line> rootsFirst = new ArrayList<>(lines.values());
        rootsFirst.sort(Comparator.comparingInt(l -> l.kind().ordinal() == 0 ? 0 : l.kind() == UnitKind.TEAM ? 2 : 1));
        for (Line line : rootsFirst) {
            OrganizationUnit parent = line.parentCode().isEmpty() ? null : units.byCode(line.parentCode()).orElseThrow();
            Optional<OrganizationUnit> existing = units.byCode(line.code());
            if (existing.isPresent()) {
                existing.get().rename(line.name());
                existing.get().placeUnder(parent);
                updated++;
            } else {
                units.add(new OrganizationUnit(line.code(), line.name(), line.kind(), parent));
                created++;
            }
        }
        audit.record(new AuditEvent("directory.organisation-imported", "Organisation", "csv",
                "新規 " + created + " 件、更新 " + updated + " 件 (" + sheet.charset() + ")"));
        return new ImportResult(sheet.charset(), created, updated);
    }

    private static void parse(CsvSheet.Row row, Map<String, Line> lines, List<LineError> errors) {
        String code = row.get("組織コード");
        String name = row.get("組織名");
        Optional<UnitKind> kind = UnitKind.byJapaneseName(row.get("組織区分"));
        List<String> problems = new ArrayList<>();
        if (!code.matches("[0-9A-Za-z]{1,16}")) {
            problems.add("組織コードは16文字までの英数字です（「" + code + "」）");
        } else if (lines.containsKey(code)) {
            problems.add("組織コード「" + code + "」が " + lines.get(code).number() + " 行目と重複しています");
        }
        if (name.isEmpty() || name.length() > 100) {
            problems.add("組織名は1〜100文字で入力してください");
        }
        if (kind.isEmpty()) {
            problems.add("組織区分は 部・課・室・係 のいずれかです（「" + row.get("組織区分") + "」）");
        }
        if (problems.isEmpty()) {
            lines.put(code, new Line(row.line(), code, name, kind.get(), row.get("上位組織コード")));
        } else {
            errors.add(new LineError(row.line(), String.join("。", problems)));
        }
    }

    private void checkParent(Line line, Map<String, Line> lines, List<LineError> errors) {
        Optional<UnitKind> existingKind = units.byCode(line.code()).map(OrganizationUnit::kind);
        if (existingKind.isPresent() && existingKind.get() != line.kind()) {
            errors.add(new LineError(line.number(), "組織「" + line.code() + "」の区分は"
                    + existingKind.get().japaneseName() + "です。区分は変更できません"));
            return;
        }
        if (line.kind().isRoot()) {
            if (!line.parentCode().isEmpty()) {
                errors.add(new LineError(line.number(), "部には上位組織を指定できません"));
            }
            return;
        }
        Optional<UnitKind> parentKind = Optional.ofNullable(lines.get(line.parentCode())).map(Line::kind)
                .or(() -> units.byCode(line.parentCode()).map(OrganizationUnit::kind));
        if (line.parentCode().isEmpty()) {
            errors.add(new LineError(line.number(), line.kind().japaneseName() + "には上位組織コードが必要です"));
        } else if (parentKind.isEmpty()) {
            errors.add(new LineError(line.number(), "上位組織コード「" + line.parentCode() + "」がありません"));
        } else if (!line.kind().mayHangUnder(parentKind.get())) {
            errors.add(new LineError(line.number(), line.kind().japaneseName() + "は"
                    + parentKind.get().japaneseName() + "の下に置けません"));
        }
    }
}
