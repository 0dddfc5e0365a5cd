/**
 * The directory (組織・職員): the organisation tree 部 → 課/室 → 係, staff with their positions and
 * roles, and absences with the deputy (代理) who acts meanwhile. Other contexts ask it who someone
 * is, where they belong and who decides above them.
 */
package jp.shokuba.directory;
