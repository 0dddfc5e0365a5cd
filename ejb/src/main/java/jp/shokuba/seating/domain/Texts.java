package jp.shokuba.seating.domain;

/** Checks for the short texts of places: present, stripped, not too long. */
final class Texts {

    private Texts() {
    }

    static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " を入力してください");
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new IllegalArgumentException(what + " は " + max + " 文字以内です");
        }
        return t;
    }
}
