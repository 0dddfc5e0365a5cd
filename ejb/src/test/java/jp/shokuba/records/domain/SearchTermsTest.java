package jp.shokuba.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void amountsAsOcrReadsThemNormaliseToTheSameDigits() {
        for (String a : new String[] {"¥1,.282,380", "¥1,282,380", "1,282,380円", "\\1.282.380", "￥１，２８２，３８０", "Y1,282,380"}) {
            assertThat(JapaneseText.search(a).text()).as(a).contains("1282380");
        }
    }

    @Test
    void spacesBetweenJapaneseCharactersAndLookAlikesFold() {
        assertThat(JapaneseText.search("山田 花子").text()).isEqualTo(JapaneseText.search("山田花子").text());
        assertThat(JapaneseText.search("コピ一用紙").text()).isEqualTo(JapaneseText.search("コピー用紙").text());
        assertThat(JapaneseText.search("カ一ド").text()).isEqualTo(JapaneseText.search("力ード").text());
    }

    @Test
    void oneCharacterQueryIsAUnigramAndLongerOnesPhrasesOfBigrams() {
        assertThat(SearchTerms.query("税")).contains("'税'");
        assertThat(SearchTerms.query("決裁")).contains("'決裁'");
        assertThat(SearchTerms.query("請求書")).contains("('請求' <1> '求書')");
        assertThat(SearchTerms.query("¥1,282,380")).contains("'1282380'");
        assertThat(SearchTerms.query("1,282,380円")).contains("('1282380' <1> '円')");
        assertThat(SearchTerms.query("  ")).isEmpty();
    }

    @Test
    void theVectorHoldsUnigramsBigramsAndLatinWords() {
        String v = SearchTerms.vector("請求金額 ¥1,282,380");
        assertThat(v).contains("'請':1", "'請求':1", "'求金':2", "'額':4", "'1282380':5");
    }

    @Test
    void snippetsMarkTheHitInTheOriginalText() {
        String s = jp.shokuba.records.application.RecordSnippetsAccess.snippet("請求金額 ¥1,282,380 (税込)", "1282380");
        assertThat(s).contains("<mark>1,282,380</mark>");
    }
}
