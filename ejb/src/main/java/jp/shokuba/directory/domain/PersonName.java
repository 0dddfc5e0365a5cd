package jp.shokuba.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name in kanji and in kana, family name first, as Japanese forms write it. */
@Embeddable
public class PersonName {

    @Column(name = "family_name", nullable = false)
    private String family;

    @Column(name = "given_name", nullable = false)
    private String given;

    @Column(name = "family_name_kana", nullable = false)
    private String familyKana;

    @Column(name = "given_name_kana", nullable = false)
    private String givenKana;

    protected PersonName() {
    }

    public PersonName(String family, String given, String familyKana, String givenKana) {
        this.family = require(family);
        this.given = require(given);
        this.familyKana = require(familyKana);
        this.givenKana = require(givenKana);
    }

    /** Splits "金沢 太郎" / "カナザワ タロウ" (full- or half-width space) into family and given name. */
    public static PersonName parse(String kanji, String kana) {
        String[] k = split(kanji);
        String[] r = split(kana);
        return new PersonName(k[0], k[1], r[0], r[1]);
    }

    private static String[] split(String full) {
        String[] parts = require(full).split("[ \u3000]+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("姓と名の間に空白が必要です: " + full);
        }
        return parts;
    }

    private static String require(String part) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("氏名（姓と名）を入力してください");
        }
        return part.strip();
    }

    public String family() {
        return family;
    }

    public String given() {
        return given;
    }

    public String familyKana() {
        return familyKana;
    }

    public String givenKana() {
        return givenKana;
    }

    public String full() {
        return family + " " + given;
    }

    public String fullKana() {
        return familyKana + " " + givenKana;
    }
}
