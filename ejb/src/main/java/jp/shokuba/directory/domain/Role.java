package jp.shokuba.directory.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in person may do. STAFF belongs to everyone and APPROVER follows from the position;
 * the others are granted by an administrator.
 */
public enum Role {
    STAFF, APPROVER, RECORDS, RECORDS_PII, FACILITIES, ADMIN;

    public static final Set<Role> GRANTABLE = EnumSet.of(RECORDS, RECORDS_PII, FACILITIES, ADMIN);

    public boolean grantable() {
        return GRANTABLE.contains(this);
    }
}
