package jp.shokuba.records.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a page's text. My Numbers are masked (each digit becomes {@code *}, so the text keeps
 * its length and the words their place) and handed back once, in clear, for the keyed hash only; the other
 * kinds are only named, to flag the record.
 */
public final class PersonalData {

    /** The kinds of personal data a record is flagged with. */
    public enum Kind { MY_NUMBER, PHONE, ADDRESS, BIRTH_DATE, BANK_ACCOUNT }

    public static final char MASK = '*';

    /**
     * Twelve digits written together, 4-4-4 with blanks or hyphens, or one per box (OCR reads the box lines
     * as |, 丨, I or l): at most three such characters between two digits, never inside a longer number.
     */
    private static final String SEP = "[\\s\\-ー一－|｜丨Il_・]";
    private static final Pattern TWELVE = Pattern.compile(
            "(?<![0-9]" + SEP + "{0,3})(?<![0-9])[0-9](?:" + SEP + "{0,3}[0-9]){11}(?!" + SEP + "{0,3}[0-9])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9])0[0-9]{1,4}[\\-ー－(（][0-9]{1,4}[\\-ー－)）][0-9]{3,4}(?![0-9])|(?<![0-9])0[5789]0[0-9]{8}(?![0-9])");
    private static final Pattern ADDRESS = Pattern.compile(
            "〒\\s?[0-9]{3}[\\-ー－][0-9]{4}|(?:東京都|北海道|大阪府|京都府|\\p{IsHan}{2,3}県)\\p{IsHan}{1,6}[市区町村郡]");
    private static final Pattern BIRTH = Pattern.compile("生年月日|誕生日|(?:昭和|平成)\\s?[0-9元]{1,2}\\s?年\\s?[0-9]{1,2}\\s?月\\s?[0-9]{1,2}\\s?日\\s?生");
    private static final Pattern BANK = Pattern.compile("(?:口座番号|普通預金|当座預金|普通|当座)\\s*[:：]?\\s*[0-9]{7}(?![0-9])");

    /** What was found in one text. */
    public record Found(String masked, List<String> myNumbers, Set<Kind> kinds, List<int[]> maskedRanges) {
    }

    private PersonalData() {
    }

    public static Found scan(String text) {
        StringBuilder masked = new StringBuilder(text);
        List<String> numbers = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Matcher m = TWELVE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            if (MyNumber.valid(digits)) {
                numbers.add(digits);
                ranges.add(new int[] {m.start(), m.end()});
                for (int i = m.start(); i < m.end(); i++) {
                    if (Character.isDigit(masked.charAt(i))) {
                        masked.setCharAt(i, MASK);
                    }
                }
            }
        }
        if (!numbers.isEmpty()) {
            kinds.add(Kind.MY_NUMBER);
        }
        String rest = masked.toString();
        if (PHONE.matcher(rest).find()) {
            kinds.add(Kind.PHONE);
        }
        if (ADDRESS.matcher(rest).find()) {
            kinds.add(Kind.ADDRESS);
        }
        if (BIRTH.matcher(rest).find()) {
            kinds.add(Kind.BIRTH_DATE);
        }
        if (BANK.matcher(rest).find()) {
            kinds.add(Kind.BANK_ACCOUNT);
        }
        return new Found(rest, List.copyOf(numbers), kinds, ranges);
    }

    /** The digits of a query when it is a My Number (blanks and hyphens allowed), for the keyed-hash lookup. */
    public static java.util.Optional<String> asMyNumber(String query) {
        String digits = java.text.Normalizer.normalize(query, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-ー]", "");
        return MyNumber.valid(digits) ? java.util.Optional.of(digits) : java.util.Optional.empty();
    }
}
