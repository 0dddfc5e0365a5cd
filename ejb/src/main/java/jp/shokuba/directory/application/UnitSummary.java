package jp.shokuba.directory.application;

import java.util.List;
import jp.shokuba.directory.domain.OrganizationUnit;

/** A unit of the organisation tree as pages and other contexts see it; {@code path} runs from the 部 down. */
public record UnitSummary(long id, String code, String name, String kind, String kindName,
                          String parentCode, String path, int depth) {

    public static UnitSummary of(OrganizationUnit u) {
        List<OrganizationUnit> up = u.pathToRoot();
        StringBuilder path = new StringBuilder();
        for (int i = up.size() - 1; i >= 0; i--) {
            path.append(up.get(i).name()).append(i > 0 ? " / " : "");
        }
        return new UnitSummary(u.id(), u.code(), u.name(), u.kind().name(), u.kind().japaneseName(),
                u.parent().map(OrganizationUnit::code).orElse(""), path.toString(), up.size() - 1);
    }
}
