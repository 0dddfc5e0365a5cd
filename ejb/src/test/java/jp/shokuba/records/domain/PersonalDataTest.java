package jp.shokuba.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aMyNumberIsMaskedWrittenTogetherSpacedOrOneDigitPerBox() {
        for (String written : new String[] {"123456789018", "1234 5678 9018", "1234-5678-9018",
                "1 2 3 4 5 6 7 8 9 0 1 8", "|1|2|3|4|5|6|7|8|9|0|1|8|"}) {
            PersonalData.Found f = PersonalData.scan("個人番号 " + written + " 以上");
            assertThat(f.myNumbers()).as(written).containsExactly("123456789018");
            assertThat(f.masked()).as(written).doesNotContainPattern("[0-9]");
            assertThat(f.masked()).startsWith("個人番号 ").endsWith(" 以上");
            assertThat(f.kinds()).contains(PersonalData.Kind.MY_NUMBER);
        }
    }

    @Test
    void twelveDigitsWithAWrongCheckDigitAreLeftAlone() {
        PersonalData.Found f = PersonalData.scan("受付番号 123456789012");
        assertThat(f.myNumbers()).isEmpty();
        assertThat(f.masked()).isEqualTo("受付番号 123456789012");
    }

    @Test
    void aMyNumberInsideALongerNumberIsNotOne() {
        assertThat(PersonalData.scan("口座 9123456789018").myNumbers()).isEmpty();
        assertThat(PersonalData.scan("1234 5678 9018 7777").myNumbers()).isEmpty();
    }

    @Test
    void otherPersonalDataIsFlagged() {
        PersonalData.Found f = PersonalData.scan("電話番号 090-1234-5678\n住所 石川県金沢市広坂1丁目\n生年月日 昭和60年4月1日\n普通 1234567");
        assertThat(f.kinds()).contains(PersonalData.Kind.PHONE, PersonalData.Kind.ADDRESS,
                PersonalData.Kind.BIRTH_DATE, PersonalData.Kind.BANK_ACCOUNT);
    }
}
