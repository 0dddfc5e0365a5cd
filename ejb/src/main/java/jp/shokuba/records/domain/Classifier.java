package jp.shokuba.records.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a document from its (masked, displayed) text: the first matching rule gives type, department
 * and retention; the title, the amount (the largest sum marked as such), the date (令和 or 西暦) and the
 * counterparty (a company name) come from the text itself.
 */
public final class Classifier {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:[¥\\\\￥]\\s?([0-9][0-9,.]{0,15}[0-9]))|(?:([0-9][0-9,.]{0,15}[0-9])\\s?円)");
    private static final Pattern REIWA = Pattern.compile("(令和|平成)\\s?([0-9]{1,2}|元)\\s?年\\s?([0-9]{1,2})\\s?月\\s?([0-9]{1,2})\\s?日");
    private static final Pattern WESTERN = Pattern.compile("((?:19|20)[0-9]{2})\\s?[年/.\\-]\\s?([0-9]{1,2})\\s?[月/.\\-]\\s?([0-9]{1,2})日?");
    private static final Pattern COMPANY = Pattern.compile(
            "(?:株式会社|有限会社|合同会社|一般社団法人|社会福祉法人)[ 　]?[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{1,16}"
                    + "|[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{1,16}[ 　]?(?:株式会社|有限会社|合同会社)");
    private static final Pattern BIRTH_NEAR = Pattern.compile("(生年月日|生まれ|誕生)\\s*[:：]?\\s*$");

    private Classifier() {
    }

    public static Classification classify(String text, List<ClassificationRule> rules, Optional<String> scanner,
                                          String defaultDepartment) {
        Optional<ClassificationRule> rule = rules.stream().sorted(Comparator.comparingInt(ClassificationRule::priority))
                .filter(r -> r.matches(text, scanner)).findFirst();
        String department = rule.map(ClassificationRule::department).filter(d -> d != null && !d.isBlank())
                .orElse(defaultDepartment);
        return new Classification(title(text, rule), rule.map(ClassificationRule::documentType).orElse("一般文書"),
                department, counterparty(text).orElse(null), amount(text).orElse(null), date(text).orElse(null),
                rule.map(ClassificationRule::retentionYears).orElse(5));
    }

    static String title(String text, Optional<ClassificationRule> rule) {
        List<String> lines = text.lines().map(String::strip).filter(l -> l.codePoints()
                .filter(c -> Character.isLetter(c)).count() >= 2).limit(8).toList();
        if (rule.isPresent() && !rule.get().regex() && rule.get().pattern() != null) {
            for (String l : lines) {
                if (l.contains(rule.get().pattern()) && l.length() <= 40) {
                    return l;
                }
            }
        }
        return lines.stream().findFirst().map(l -> l.length() > 60 ? l.substring(0, 60) : l).orElse("（無題）");
    }

    public static Optional<Long> amount(String text) {
        Matcher m = AMOUNT.matcher(text);
        long best = -1;
        while (m.find()) {
            String digits = (m.group(1) != null ? m.group(1) : m.group(2));
            String plain = JapaneseText.search(digits).text().replaceAll("[^0-9]", "");
            if (!plain.isEmpty() && plain.length() <= 13) {
                best = Math.max(best, Long.parseLong(plain));
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    public static Optional<LocalDate> date(String text) {
        Matcher r = REIWA.matcher(text);
        while (r.find()) {
            if (BIRTH_NEAR.matcher(text.substring(Math.max(0, r.start() - 12), r.start())).find()) {
                continue;
            }
            int year = "元".equals(r.group(2)) ? 1 : Integer.parseInt(r.group(2));
            try {
                JapaneseEra era = "令和".equals(r.group(1)) ? JapaneseEra.REIWA : JapaneseEra.HEISEI;
                return Optional.of(LocalDate.from(JapaneseDate.of(era, year, Integer.parseInt(r.group(3)),
                        Integer.parseInt(r.group(4)))));
            } catch (java.time.DateTimeException notADate) {
                // an OCR misread such as 13月: look further
            }
        }
        Matcher w = WESTERN.matcher(text);
        while (w.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)),
                        Integer.parseInt(w.group(3))));
            } catch (java.time.DateTimeException notADate) {
                // look further
            }
        }
        return Optional.empty();
    }

    public static Optional<String> counterparty(String text) {
        Matcher m = COMPANY.matcher(text);
        return m.find() ? Optional.of(m.group().replace(" ", "")) : Optional.empty();
    }
}
