/**
 * Import of the organisation and staff lists in the shape a city's HR system exports them:
 * CSV in UTF-8 or Shift_JIS, Japanese headers, validated line by line and imported all or nothing.
 */
package jp.shokuba.directory.application.csv;
