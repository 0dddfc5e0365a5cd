package jp.shokuba.directory.domain;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    Optional<OrganizationUnit> byId(long id);

    Optional<OrganizationUnit> byCode(String code);

    /** The whole tree, parents before children. */
    List<OrganizationUnit> all();

    OrganizationUnit add(OrganizationUnit unit);
}
