package jp.shokuba.records.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One classification rule: when the text holds the keyword (or matches the regular expression) and, if named,
 * the file came from that scanner, the record gets the rule's type, department and retention (0 = permanent).
 */
public record ClassificationRule(int priority, String pattern, boolean regex, String scanner, String documentType,
                                 String department, int retentionYears) {

    public boolean matches(String text, Optional<String> fromScanner) {
        if (scanner != null && !scanner.isBlank() && !fromScanner.map(scanner::equals).orElse(false)) {
            return false;
        }
        if (pattern == null || pattern.isBlank()) {
            return true;
        }
        return regex ? Pattern.compile(pattern).matcher(text).find() : text.contains(pattern);
    }
}
