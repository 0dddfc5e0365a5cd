package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the first users read twice: "都市政策局 都市政策局", "特別職 特別職", "2F 2F-004". */
class NamesTest {

    @Test
    void aPartThatTheNextRepeatsOrBeginsWithIsLeftOut() {
        assertThat(Names.join("都市政策局", "都市政策局", "")).isEqualTo("都市政策局");
        assertThat(Names.join("特別職", "特別職")).isEqualTo("特別職");
        assertThat(Names.join("第一本庁舎", "2F", "2F-004")).isEqualTo("第一本庁舎 2F-004");
        assertThat(Names.join("都市政策局", "企画調整課", "企画係")).isEqualTo("都市政策局 企画調整課 企画係");
        assertThat(Names.join("第一本庁舎", "2F", "A1")).isEqualTo("第一本庁舎 2F A1");
        assertThat(Names.join(null, " ", "総務課")).isEqualTo("総務課");
    }
}
