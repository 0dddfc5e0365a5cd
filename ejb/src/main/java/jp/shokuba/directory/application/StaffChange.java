package jp.shokuba.directory.application;

import java.util.Set;

/**
 * An administrator's edit of one member of staff. {@code version} is the version the editor saw,
 * so that two admins editing the same person do not silently overwrite each other.
 */
public record StaffChange(String login, int version, String nameKanji, String nameKana, String email,
                          String unitCode, String positionCode, Set<String> grantedRoles, boolean active) {
}
