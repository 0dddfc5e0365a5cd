package jp.shokuba.records.domain;

/**
 * The individual number (マイナンバー): twelve digits whose last is a check digit under the official algorithm
 * (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条). Twelve digits that fail the check
 * are not a My Number: they are left alone, as an invoice or a telephone number would be.
 */
public final class MyNumber {

    private MyNumber() {
    }

    /** True when {@code digits} is twelve ASCII digits with a valid check digit. */
    public static boolean valid(String digits) {
        if (digits == null || digits.length() != 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits.substring(0, 11)) == digits.charAt(11) - '0';
    }

    /**
     * The check digit of the first eleven digits: 11 − (Σ Pn×Qn mod 11), where Pn is the n-th digit counted
     * from the right of the eleven and Qn is n+1 for n ≤ 6 and n−5 above; a remainder of 0 or 1 gives 0.
     */
    public static int checkDigit(String eleven) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = eleven.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** Eleven digits completed with their check digit, for test data and decoys. */
    public static String complete(String eleven) {
        return eleven + checkDigit(eleven);
    }
}
